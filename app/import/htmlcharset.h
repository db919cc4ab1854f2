#pragma once

#include <QByteArray>
#include <QString>

namespace Credence::Core {

/// The character encoding of a page and how it was found.
struct HtmlEncoding
{
    enum class Origin
    {
        ByteOrderMark,
        Declared, ///< <meta charset> or <meta http-equiv="Content-Type"> near the top
        Detected, ///< no declaration: UTF-8 validity and ICU's statistical detector
    };

    QByteArray name; ///< as QStringDecoder and ICU know it: "UTF-8", "windows-1252", "Shift_JIS"...
    Origin origin = Origin::Detected;
};

/// The encoding a browser would use for @p bytes: byte order mark, then a declaration in the first 4 KB, then
/// detection. A declared ISO-8859-1 or US-ASCII is read as windows-1252, as browsers do.
HtmlEncoding detectHtmlEncoding(const QByteArray &bytes);

/// The charset named in the <meta> tags of the first 4 KB, normalised; empty when there is none.
QByteArray declaredCharset(const QByteArray &bytes);

/// Decodes a page. Returns false in @p ok for binary data; @p used receives the encoding actually applied.
QString decodeHtml(const QByteArray &bytes, bool *ok = nullptr, HtmlEncoding *used = nullptr);
/// decodeHtml() as UTF-8 for the parser; a page that is valid UTF-8 already is returned as it is, not decoded and
/// encoded again.
QByteArray decodeHtmlToUtf8(const QByteArray &bytes, bool *ok = nullptr, HtmlEncoding *used = nullptr);

} // namespace Credence::Core
