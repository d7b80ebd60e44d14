#include "flatcounter.h"

namespace kehu {

namespace {

std::uint64_t mix(std::uint64_t z)
{
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

std::size_t capacityFor(std::size_t keys)
{
    std::size_t capacity = 16;
    while (capacity < keys * 2)
        capacity *= 2;
    return capacity;
}

} // namespace

FlatCounter::FlatCounter(std::size_t expectedKeys) : m_keys(capacityFor(expectedKeys), 0), m_counts(m_keys.size(), 0) {}

std::uint32_t FlatCounter::increment(std::uint64_t key)
{
    if (key == 0)
        key = 0x9E3779B97F4A7C15ULL; // 0 marks empty slots
    if ((m_size + 1) * 2 > m_keys.size())
        grow();
    const std::size_t mask = m_keys.size() - 1;
    for (std::size_t slot = mix(key) & mask;; slot = (slot + 1) & mask) {
        if (m_keys[slot] == key)
            return ++m_counts[slot];
        if (m_keys[slot] == 0) {
            m_keys[slot] = key;
            ++m_size;
            return m_counts[slot] = 1;
        }
    }
}

void FlatCounter::grow()
{
    std::vector<std::uint64_t> keys(m_keys.size() * 2, 0);
    std::vector<std::uint32_t> counts(keys.size(), 0);
    const std::size_t mask = keys.size() - 1;
    for (std::size_t i = 0; i < m_keys.size(); ++i) {
        if (m_keys[i] == 0)
            continue;
        std::size_t slot = mix(m_keys[i]) & mask;
        while (keys[slot] != 0)
            slot = (slot + 1) & mask;
        keys[slot] = m_keys[i];
        counts[slot] = m_counts[i];
    }
    m_keys.swap(keys);
    m_counts.swap(counts);
}

} // namespace kehu
