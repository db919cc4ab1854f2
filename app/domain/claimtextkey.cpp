#include "claimtextkey.h"

namespace Credence::Core {

namespace {

/// Calls @p emit with each character of claimKey(@p text) in turn.
template <typename Emit> void forEachKeyChar(const QString &text, Emit emit)
{
    bool space = false;
    bool any = false;
    for (const QChar c : text) {
        if (!c.isLetterOrNumber()) {
            space = true;
            continue;
        }
        if (space && any) {
            emit(u' ');
        }
        const char16_t u = c.unicode();
        emit(u >= u'A' && u <= u'Z' ? char16_t(u + 0x20) : u < 0x80 ? u : c.toLower().unicode());
        space = false;
        any = true;
    }
}

} // namespace

QString claimKey(const QString &text)
{
    QString key;
    key.reserve(text.size());
    forEachKeyChar(text, [&key](char16_t c) { key.append(QChar(c)); });
    return key;
}

qint64 claimTextKey(const QString &text)
{
    // FNV-1a over the key's UTF-16 units.
    quint64 hash = 0xcbf29ce484222325ULL;
    forEachKeyChar(text, [&hash](char16_t c) { hash = (hash ^ c) * 0x100000001b3ULL; });
    return qint64(hash);
}

} // namespace Credence::Core
