#pragma once

#include <QString>

namespace kehu {

/// For the saves that say why they did not save through an optional `QString *error`: writes
/// `why` there when the caller asked for it and returns `Result{}` (0, false), so that a
/// refusal reads `return notSaved<CustomerId>(error, problem);`.
template<typename Result>
Result notSaved(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return Result{};
}

} // namespace kehu
