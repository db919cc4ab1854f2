#include "minhash.h"

#include <QtEndian>

namespace Credence::Core {

namespace {

constexpr std::uint64_t FnvOffset = 0xcbf29ce484222325ULL;
constexpr std::uint64_t FnvPrime = 0x100000001b3ULL;

std::uint64_t splitMix(std::uint64_t x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

const std::array<std::pair<std::uint64_t, std::uint64_t>, MinHash::Size> &factors()
{
    static const auto all = [] {
        std::array<std::pair<std::uint64_t, std::uint64_t>, MinHash::Size> values{};
        for (int f = 0; f < MinHash::Size; ++f) {
            values[f] = {splitMix(std::uint64_t(2 * f)) | 1, splitMix(std::uint64_t(2 * f + 1))};
        }
        return values;
    }();
    return all;
}

/// The words of @p text, lower case, letters and digits only.
QList<QString> wordsOf(const QString &text)
{
    QList<QString> words;
    QString word;
    for (const QChar c : text) {
        if (c.isLetterOrNumber() || c.isMark()) {
            word.append(c.toLower());
        } else if (!word.isEmpty()) {
            words.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty()) {
        words.append(word);
    }
    return words;
}

} // namespace

MinHash MinHash::of(const QString &text)
{
    MinHash signature;
    const QList<QString> words = wordsOf(text);
    if (words.size() < ShingleWords) {
        return signature;
    }
    signature.m_values.fill(UINT32_MAX);
    signature.m_empty = false;
    for (qsizetype i = 0; i + ShingleWords <= words.size(); ++i) {
        std::uint64_t hash = FnvOffset;
        for (int w = 0; w < ShingleWords; ++w) {
            for (const QChar c : words.at(i + w)) {
                hash = (hash ^ c.unicode()) * FnvPrime;
            }
            hash = (hash ^ 0x20) * FnvPrime; // between words, so "ab c" and "a bc" differ
        }
        // One strong hash per shingle, then Size cheap ones from it: h_f = (a_f * h + b_f) >> 32, a_f odd.
        hash = splitMix(hash);
        for (int f = 0; f < Size; ++f) {
            const auto value = std::uint32_t((factors()[f].first * hash + factors()[f].second) >> 32);
            if (value < signature.m_values[f]) {
                signature.m_values[f] = value;
            }
        }
    }
    return signature;
}

QByteArray MinHash::toBytes() const
{
    if (m_empty) {
        return {};
    }
    QByteArray bytes(Size * 4, Qt::Uninitialized);
    for (int i = 0; i < Size; ++i) {
        qToLittleEndian(m_values[i], bytes.data() + i * 4);
    }
    return bytes;
}

MinHash MinHash::fromBytes(const QByteArray &bytes)
{
    MinHash signature;
    if (bytes.size() != Size * 4) {
        return signature;
    }
    for (int i = 0; i < Size; ++i) {
        signature.m_values[i] = qFromLittleEndian<std::uint32_t>(bytes.constData() + i * 4);
    }
    signature.m_empty = false;
    return signature;
}

double MinHash::estimate(const MinHash &other) const
{
    if (m_empty || other.m_empty) {
        return 0;
    }
    int same = 0;
    for (int i = 0; i < Size; ++i) {
        same += m_values[i] == other.m_values[i] ? 1 : 0;
    }
    return double(same) / Size;
}

QList<qint64> MinHash::bandKeys() const
{
    QList<qint64> keys;
    if (m_empty) {
        return keys;
    }
    constexpr int Rows = Size / Bands;
    keys.reserve(Bands);
    for (int band = 0; band < Bands; ++band) {
        std::uint64_t hash = splitMix(std::uint64_t(band));
        for (int r = 0; r < Rows; ++r) {
            hash = splitMix(hash ^ m_values[band * Rows + r]);
        }
        keys.append(qint64(hash >> 1)); // SQLite integers are signed
    }
    return keys;
}

} // namespace Credence::Core
