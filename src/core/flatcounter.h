#pragma once

#include <cstdint>
#include <vector>

namespace kehu {

/// Counts occurrences of 64-bit keys with open addressing in two flat arrays. A million
/// keys cost two allocations instead of a million nodes, which is what made
/// std::unordered_map the import's hot spot. Keys are hashes the caller computed; 0 marks
/// empty slots, so key 0 is counted together with 0x9E3779B97F4A7C15 (a collision as
/// unlikely as any other between hashes).
class FlatCounter
{
public:
    explicit FlatCounter(std::size_t expectedKeys = 0);

    /// Adds one to `key`'s count and returns the new count (1 the first time).
    std::uint32_t increment(std::uint64_t key);

    std::size_t size() const { return m_size; }

private:
    void grow();

    std::vector<std::uint64_t> m_keys; ///< 0 = empty slot
    std::vector<std::uint32_t> m_counts;
    std::size_t m_size = 0;
};

} // namespace kehu
