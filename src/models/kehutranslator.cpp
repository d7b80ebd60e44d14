#include "kehutranslator.h"

#include <QByteArrayView>

namespace kehu {

QString KehuTranslator::translate(const char *context, const char *sourceText, const char *disambiguation, int n) const
{
    QString text = QTranslator::translate(context, sourceText, disambiguation, n);
    if (!text.isEmpty() || QByteArrayView(context) != QByteArrayView("kehu::ImportIssue"))
        return text;
    static const char *const kScopes[] = {"kehu",
                                          "kehu::FieldParsers",
                                          "kehu::RowContext",
                                          "kehu::TextEncoding",
                                          "kehu::ColumnMapping",
                                          "kehu::RecordParser",
                                          "kehu::Importer"};
    for (const char *scope : kScopes) {
        text = QTranslator::translate(scope, sourceText, disambiguation, n);
        if (!text.isEmpty())
            return text;
    }
    return {};
}

} // namespace kehu
