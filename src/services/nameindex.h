#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace kehu {

/// Dense indexes 0..n-1 for names (owners), in the order first seen: what the analytics take
/// instead of strings.
class NameIndex
{
public:
    /// The name's index, adding it when new.
    int indexOf(const QString &name)
    {
        auto it = m_index.find(name);
        if (it == m_index.end()) {
            it = m_index.insert(name, int(m_names.size()));
            m_names << name;
        }
        return *it;
    }
    /// The name's index when it has one.
    std::optional<int> find(const QString &name) const
    {
        const auto it = m_index.constFind(name);
        return it == m_index.cend() ? std::nullopt : std::optional<int>(*it);
    }
    /// Every name, by index.
    const QStringList &names() const { return m_names; }

private:
    QHash<QString, int> m_index;
    QStringList m_names;
};

} // namespace kehu
