#pragma once

#include "classificationpolicy.h"

#include <QLocale>
#include <QObject>
#include <QString>
#include <QStringList>

namespace kehu {

class SegmentRuleModel;
class Workspace;

/// What the Settings page edits, without widgets: the classification policy of the open
/// database (RFM bins or cut points and the segment rule table, ABC thresholds, churn rules,
/// CLV horizon and discount rate), the business's currency (both stored in the database, so
/// they travel with the file), and the interface language (QSettings: it belongs to the user,
/// not the business). Edits stay here until save(); validate() says what is inconsistent.
/// save() is undoable (SaveSettingsCommand); when the stored settings change otherwise (an
/// undo) and nothing is being edited, the session reads them again and emits reloaded().
class SettingsSession : public QObject
{
    Q_OBJECT

public:
    enum class Dimension { Recency, Frequency, Monetary };

    static const QString kLanguageKey; ///< QSettings key: "" follows the system, else "en" / "zh_CN"
    static const QString kDefaultCurrency;

    explicit SettingsSession(Workspace &workspace, QObject *parent = nullptr);
    ~SettingsSession() override;

    /// Reads the stored policy, currency and language again, dropping unsaved edits.
    void load();
    /// The defaults of a new database (language and currency stay as they are).
    void restoreDefaults();

    ClassificationPolicy &policy() { return m_policy; }
    const ClassificationPolicy &policy() const { return m_policy; }
    SegmentRuleModel *segmentRules() const { return m_rules; }

    /// Cut points of one RFM dimension as the user types them ("30, 90, 180"; money in major
    /// units, so "500, 2000" is ¥500 and ¥2,000). Empty text means quantile bins.
    QString cutPointsText(Dimension dimension) const;
    /// False (the policy unchanged) when the text is not ascending numbers.
    bool setCutPointsText(Dimension dimension, const QString &text);
    int bins(Dimension dimension) const;
    void setBins(Dimension dimension, int bins);

    QString currency() const { return m_currency; }
    void setCurrency(const QString &code);
    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    /// True when the saved language differs from the one the app started with.
    bool languageNeedsRestart() const { return m_language != m_startLanguage; }

    /// The first inconsistency, translated; empty when the settings can be saved.
    QString validate() const;
    /// Writes the policy and currency to the database and the language to QSettings.
    bool save(QString *error);
    bool isModified() const { return m_modified; }
    void markModified();

    /// The currencies offered (ISO 4217 codes).
    static QStringList currencies();
    /// The stored interface language ("" follows the system).
    static QString storedLanguage();
    /// The locale the interface uses: the stored language, or the system's.
    static QLocale interfaceLocale();

signals:
    void modifiedChanged(bool modified);
    /// The stored settings were read again (after an undo or redo of a save).
    void reloaded();

private:
    analytics::RfmBinSpec &spec(Dimension dimension);
    const analytics::RfmBinSpec &spec(Dimension dimension) const;

    Workspace &m_workspace;
    ClassificationPolicy m_policy;
    SegmentRuleModel *m_rules;
    QString m_currency;
    QString m_language;
    QString m_startLanguage;
    bool m_modified = false;
    bool m_saving = false;
};

} // namespace kehu
