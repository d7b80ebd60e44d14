#include "settingssession.h"

#include "booksettings.h"
#include "commands/savesettingscommand.h"
#include "moneyformatter.h"
#include "moneyparser.h"
#include "notsaved.h"
#include "segmentrulemodel.h"
#include "workspace.h"

#include <algorithm>
#include <cmath>

#include <QScopedValueRollback>
#include <QSettings>

namespace kehu {

namespace {

/// A monetary cut point (minor units) in major units as a user types it: "2000.5", "500".
QString majorUnitsText(double minorUnits, const Currency &currency)
{
    if (minorUnits != std::trunc(minorUnits) || std::abs(minorUnits) > 9e15) // not whole minor units
        return QString::number(minorUnits / double(currency.minorPerMajor()), 'g', 12);
    QString text = MoneyFormatter::dataFileText(MinorUnits(minorUnits), currency);
    if (text.contains(u'.')) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(u'.'))
            text.chop(1);
    }
    return text;
}

} // namespace

const QString SettingsSession::kLanguageKey = QStringLiteral("ui/language");
const QString SettingsSession::kDefaultCurrency = QStringLiteral("CNY");

SettingsSession::SettingsSession(Workspace &workspace, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_rules(new SegmentRuleModel(this)), m_startLanguage(storedLanguage())
{
    connect(m_rules, &SegmentRuleModel::edited, this, &SettingsSession::markModified);
    connect(&workspace, &Workspace::settingsChanged, this, [this] {
        if (m_saving || m_modified)
            return;
        load();
        emit reloaded();
    });
    load();
}

SettingsSession::~SettingsSession() = default;

void SettingsSession::load()
{
    const BookSettings &settings = m_workspace.settings();
    m_policy = settings.policy();
    m_currency = settings.storedCurrency().value_or(kDefaultCurrency);
    m_language = storedLanguage();
    m_rules->setMaxScore(
        std::max({m_policy.rfm.recency.bins, m_policy.rfm.frequency.bins, m_policy.rfm.monetary.bins,
                  int(m_policy.rfm.recency.cutPoints.size()) + 1, int(m_policy.rfm.frequency.cutPoints.size()) + 1,
                  int(m_policy.rfm.monetary.cutPoints.size()) + 1}));
    m_rules->setRules(m_policy.segments);
    m_modified = false;
    emit modifiedChanged(false);
}

void SettingsSession::restoreDefaults()
{
    m_policy = ClassificationPolicy{};
    m_rules->setMaxScore(5);
    m_rules->setRules(m_policy.segments);
    markModified();
}

void SettingsSession::markModified()
{
    if (!m_modified) {
        m_modified = true;
        emit modifiedChanged(true);
    }
}

analytics::RfmBinSpec &SettingsSession::spec(Dimension dimension)
{
    switch (dimension) {
    case Dimension::Recency: return m_policy.rfm.recency;
    case Dimension::Frequency: return m_policy.rfm.frequency;
    case Dimension::Monetary: break;
    }
    return m_policy.rfm.monetary;
}

const analytics::RfmBinSpec &SettingsSession::spec(Dimension dimension) const
{
    switch (dimension) {
    case Dimension::Recency: return m_policy.rfm.recency;
    case Dimension::Frequency: return m_policy.rfm.frequency;
    case Dimension::Monetary: break;
    }
    return m_policy.rfm.monetary;
}

QString SettingsSession::cutPointsText(Dimension dimension) const
{
    QStringList parts;
    for (double cut : spec(dimension).cutPoints)
        parts << (dimension == Dimension::Monetary ? majorUnitsText(cut, Currency(m_currency))
                                                   : QString::number(cut, 'g', 12));
    return parts.join(QStringLiteral(", "));
}

bool SettingsSession::setCutPointsText(Dimension dimension, const QString &text)
{
    std::vector<double> cuts;
    const QStringList parts = QString(text).replace(u'，', u',').split(u',', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        bool ok = false;
        double value = 0;
        if (dimension == Dimension::Monetary) {
            // Money in major units, read exactly into minor units (the cut points' unit).
            const std::optional<MinorUnits> minor =
                MoneyParser::forDataFiles(Currency(m_currency)).parse(part).minorUnits();
            ok = minor.has_value();
            value = ok ? double(*minor) : 0.0;
        } else {
            value = part.trimmed().toDouble(&ok);
        }
        if (!ok || (!cuts.empty() && value <= cuts.back()))
            return false;
        cuts.push_back(value);
    }
    spec(dimension).cutPoints = std::move(cuts);
    markModified();
    return true;
}

int SettingsSession::bins(Dimension dimension) const
{
    return spec(dimension).bins;
}

void SettingsSession::setBins(Dimension dimension, int bins)
{
    spec(dimension).bins = bins;
    m_rules->setMaxScore(
        std::max({m_policy.rfm.recency.bins, m_policy.rfm.frequency.bins, m_policy.rfm.monetary.bins}));
    markModified();
}

void SettingsSession::setCurrency(const QString &code)
{
    m_currency = code;
    markModified();
}

void SettingsSession::setLanguage(const QString &language)
{
    m_language = language;
    markModified();
}

QString SettingsSession::validate() const
{
    const auto &abc = m_policy.abc;
    if (!(abc.a > 0 && abc.a <= abc.b && abc.b <= 1.0))
        return tr("The A share must be above 0 and at most the B share, and the B share at most 100%.");
    const auto &churn = m_policy.churn;
    if (churn.churnedPAlive > churn.atRiskPAlive)
        return tr("The P(alive) for \"churned\" must not be above the one for \"at risk\".");
    if (churn.churnedGapFactor < churn.atRiskGapFactor)
        return tr("The gap factor for \"churned\" must not be below the one for \"at risk\".");
    if (churn.oneTimeChurnedDays < churn.oneTimeAtRiskDays)
        return tr("The days for a one-time buyer to count as churned must not be fewer than for at risk.");
    if (m_policy.clvMonths < 1)
        return tr("The CLV horizon must be at least one month.");
    for (const auto &rule : m_rules->rules()) {
        if (rule.rMin > rule.rMax || rule.fMin > rule.fMax || rule.mMin > rule.mMax)
            return tr("In the segment rule \"%1\" a lower bound is above its upper bound.")
                .arg(QString::fromStdString(rule.key));
    }
    if (m_rules->rules().empty())
        return tr("The segment table needs at least one rule.");
    return {};
}

bool SettingsSession::save(QString *error)
{
    if (const QString problem = validate(); !problem.isEmpty())
        return notSaved<bool>(error, problem);
    m_policy.segments = m_rules->rules();
    const BookSettings::Stored after{BookSettings::policyJson(m_policy), m_currency};
    if (after != m_workspace.settings().stored()) {
        const QScopedValueRollback saving(m_saving, true);
        if (!ServiceCommand::push(m_workspace, new SaveSettingsCommand(m_workspace, after)))
            return notSaved<bool>(error, tr("The settings could not be written to the database."));
    }
    QSettings().setValue(kLanguageKey, m_language);
    m_modified = false;
    emit modifiedChanged(false);
    return true;
}

QStringList SettingsSession::currencies()
{
    return {QStringLiteral("CNY"), QStringLiteral("HKD"), QStringLiteral("TWD"), QStringLiteral("USD"),
            QStringLiteral("EUR"), QStringLiteral("GBP"), QStringLiteral("SGD"), QStringLiteral("AUD")};
}

QString SettingsSession::storedLanguage()
{
    return QSettings().value(kLanguageKey).toString();
}

QLocale SettingsSession::interfaceLocale()
{
    const QString language = storedLanguage();
    return language.isEmpty() ? QLocale::system() : QLocale(language);
}

} // namespace kehu
