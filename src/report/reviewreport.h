#pragma once

#include "quarterlyreview.h"
#include "reporttext.h"

#include <QHash>
#include <QImage>
#include <QString>
#include <QStringList>

namespace kehu {

/// The quarterly review as a document: HTML (self-contained, charts embedded as PNG data
/// URIs), PDF (A4, page numbers, CJK fonts; through QTextDocument and QPdfWriter) and CSV
/// lists. Needs a QGuiApplication (fonts); the CLI makes one on the offscreen platform.
/// Tables in the document show the first rowsPerList rows of each list; the CSV lists are
/// complete.
class ReviewReport
{
public:
    ReviewReport(const QuarterlyReview &review, ReportLanguage language);

    int rowsPerList = 20;

    /// Self-contained HTML.
    QString html() const;

    bool writeHtml(const QString &path, QString *error = nullptr) const;
    bool writePdf(const QString &path, QString *error = nullptr) const;
    /// Writes one UTF-8 CSV (with BOM, for Excel) per list into @p directory, created when
    /// missing; @p written receives the file names.
    bool writeCsvLists(const QString &directory, QStringList *written = nullptr, QString *error = nullptr) const;

private:
    enum class ImageMode { DataUri, Resource };
    QString buildHtml(ImageMode mode) const;
    QHash<QString, QImage> charts() const;

    const QuarterlyReview &m_review;
    ReportText m_text;
};

} // namespace kehu
