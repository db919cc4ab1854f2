#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <array>
#include <cstdint>

namespace Credence::Core {

/// A text's MinHash signature: for each of Size hash functions, the least hash of any of its shingles (runs of
/// ShingleWords words, lower case). Two signatures agree in about as many places as the texts' shingle sets overlap
/// (their Jaccard similarity), so near-duplicates are found without comparing texts.
///
/// The hashes are our own (FNV-1a, then SplitMix64 per function), never qHash(), whose seed changes per process:
/// signatures are stored in the project and must mean the same in every run.
class MinHash
{
public:
    static constexpr int Size = 64;
    static constexpr int ShingleWords = 3;
    /// Locality-sensitive hashing: Bands bands of Size / Bands values. Two texts with Jaccard similarity J share a
    /// band with probability 1 - (1 - J^2)^32: 95 % at J = 0.3, 73 % at J = 0.2, 8 % at J = 0.05 (then rejected by
    /// estimate()).
    static constexpr int Bands = 32;

    /// The signature of @p text; empty (isEmpty()) when it has fewer than ShingleWords words.
    static MinHash of(const QString &text);
    static MinHash fromBytes(const QByteArray &bytes);
    QByteArray toBytes() const;

    bool isEmpty() const { return m_empty; }
    /// The estimated Jaccard similarity of the two texts' shingle sets, 0 to 1; 0 when either is empty.
    double estimate(const MinHash &other) const;
    /// One key per band: texts that share any key are candidates for estimate().
    QList<qint64> bandKeys() const;

private:
    std::array<std::uint32_t, Size> m_values{};
    bool m_empty = true;
};

} // namespace Credence::Core
