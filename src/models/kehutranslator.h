#pragma once

#include <QTranslator>

namespace kehu {

/// Kehu's translator. The import pipeline (src/exchange) translates its report texts at run
/// time in the context "kehu::ImportIssue" through small helper functions, while lupdate files
/// each text under the scope that calls the helper (kehu, kehu::FieldParsers,
/// kehu::RowContext, kehu::TextEncoding, ...). For that context this translator also looks
/// in those scopes, so the validation report is translated too.
class KehuTranslator : public QTranslator
{
    Q_OBJECT

public:
    using QTranslator::QTranslator;

    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const override;
};

} // namespace kehu
