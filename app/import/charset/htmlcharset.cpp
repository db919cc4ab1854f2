#include "import/charset/htmlcharset.h"

#include "import/markup/htmlscan.h"
#include "import/rules/textnormalize.h"

#include <QStringDecoder>

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include <algorithm>
#include <cstring>
#include <memory>

namespace Credence::Core {

namespace {

// Where browsers look for a declaration; the WHATWG prescan reads 1 KB, pages often put it a little later.
constexpr qsizetype DeclarationWindow = 4096;
// Enough text for ICU to be sure; the rest of a large page adds nothing but time.
constexpr qsizetype DetectionSample = 512 * 1024;

const QByteArray Utf8 = QByteArrayLiteral("UTF-8");
const QByteArray Windows1252 = QByteArrayLiteral("windows-1252");

struct DetectorCloser
{
    void operator()(UCharsetDetector *detector) const { ucsdet_close(detector); }
};

struct ConverterCloser
{
    void operator()(UConverter *converter) const { ucnv_close(converter); }
};

/// Names browsers treat as other encodings: Latin-1 and ASCII are windows-1252 in practice, and a page cannot
/// declare UTF-16 in a tag it could only be read with if it were not UTF-16.
QByteArray normalizeCharsetName(QByteArrayView declared)
{
    QByteArray name = declared.trimmed().toByteArray().toLower();
    while (!name.isEmpty() && (name.front() == '"' || name.front() == '\'')) {
        name.remove(0, 1);
    }
    while (!name.isEmpty() && (name.back() == '"' || name.back() == '\'')) {
        name.chop(1);
    }
    if (name.isEmpty()) {
        return {};
    }
    if (name == "utf8" || name == "utf-8" || name == "unicode-1-1-utf-8" || name.startsWith("utf-16") ||
        name.startsWith("utf-32")) {
        return Utf8;
    }
    static const QByteArrayList latin1 = {"iso-8859-1",  "iso8859-1", "iso_8859-1", "latin1",       "l1",
                                          "ascii",       "us-ascii",  "cp819",      "ibm819",       "iso-ir-100",
                                          "csisolatin1", "x-cp1252",  "cp1252",     "windows-1252", "x-user-defined"};
    if (latin1.contains(name)) {
        return Windows1252;
    }
    return name;
}

/// The value after "charset=" in a Content-Type, as the WHATWG algorithm reads it.
QByteArrayView charsetFromContent(QByteArrayView content)
{
    const qsizetype at = QByteArrayView(content).toByteArray().toLower().indexOf("charset");
    if (at < 0) {
        return {};
    }
    QByteArrayView rest = content.sliced(at + 7).trimmed();
    if (!rest.startsWith('=')) {
        return {};
    }
    rest = rest.sliced(1).trimmed();
    if (!rest.isEmpty() && (rest.front() == '"' || rest.front() == '\'')) {
        const qsizetype close = rest.indexOf(rest.front(), 1);
        return close < 0 ? QByteArrayView() : rest.sliced(1, close - 1);
    }
    qsizetype end = 0;
    while (end < rest.size() && rest.at(end) != ';' && rest.at(end) != ' ' && rest.at(end) != '\t') {
        ++end;
    }
    return rest.first(end);
}

bool canDecode(const QByteArray &name)
{
    if (QStringDecoder(name.constData()).isValid()) {
        return true;
    }
    UErrorCode status = U_ZERO_ERROR;
    const std::unique_ptr<UConverter, ConverterCloser> converter(ucnv_open(name.constData(), &status));
    return U_SUCCESS(status) && converter;
}

/// @p bytes without a character cut off at the very end (a page saved or truncated mid-character is still UTF-8;
/// a decoder keeps such bytes waiting for the rest and never reports or returns them).
QByteArrayView withoutIncompleteEnd(QByteArrayView bytes)
{
    for (qsizetype back = 1; back <= 3 && back <= bytes.size(); ++back) {
        const auto c = static_cast<unsigned char>(bytes.at(bytes.size() - back));
        if ((c & 0xC0) == 0x80) {
            continue; // a continuation byte: look for its lead
        }
        const qsizetype needed = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        return needed > back ? bytes.first(bytes.size() - back) : bytes;
    }
    return bytes;
}

bool isValidUtf8(const QByteArray &bytes)
{
    return withoutIncompleteEnd(bytes).isValidUtf8();
}

QByteArray icuDetect(const QByteArray &bytes)
{
    UErrorCode status = U_ZERO_ERROR;
    const std::unique_ptr<UCharsetDetector, DetectorCloser> detector(ucsdet_open(&status));
    if (U_FAILURE(status)) {
        return {};
    }
    const QByteArray sample = bytes.left(DetectionSample);
    ucsdet_enableInputFilter(detector.get(), true); // judge the text, not the markup around it
    ucsdet_setText(detector.get(), sample.constData(), int32_t(sample.size()), &status);
    const UCharsetMatch *match = ucsdet_detect(detector.get(), &status);
    if (U_FAILURE(status) || !match) {
        return {};
    }
    const char *name = ucsdet_getName(match, &status);
    return U_SUCCESS(status) && name ? QByteArray(name) : QByteArray();
}

QString decodeWithIcu(const QByteArray &bytes, const QByteArray &name, bool *ok)
{
    UErrorCode status = U_ZERO_ERROR;
    const std::unique_ptr<UConverter, ConverterCloser> converter(ucnv_open(name.constData(), &status));
    if (U_FAILURE(status) || !converter) {
        *ok = false;
        return {};
    }
    const auto length = int32_t(bytes.size());
    const int32_t needed = ucnv_toUChars(converter.get(), nullptr, 0, bytes.constData(), length, &status);
    status = U_ZERO_ERROR;
    QString text(needed, Qt::Uninitialized);
    ucnv_toUChars(converter.get(), reinterpret_cast<UChar *>(text.data()), needed, bytes.constData(), length, &status);
    *ok = U_SUCCESS(status);
    return text;
}

QString decodeAs(const QByteArray &bytes, const QByteArray &name)
{
    QStringDecoder decoder(name.constData());
    if (decoder.isValid()) {
        return decoder.decode(bytes);
    }
    bool ok = false;
    const QString text = decodeWithIcu(bytes, name, &ok);
    if (ok) {
        return text;
    }
    QStringDecoder fallback(Windows1252.constData());
    return fallback.isValid() ? fallback.decode(bytes) : QString::fromLatin1(bytes);
}

} // namespace

QByteArray declaredCharset(const QByteArray &bytes)
{
    const QByteArray head = bytes.left(DeclarationWindow);
    // XHTML saved with an XML declaration: <?xml version="1.0" encoding="ISO-8859-1"?>
    if (head.startsWith("<?xml")) {
        const qsizetype close = head.indexOf("?>");
        const QByteArray declaration = head.left(close < 0 ? head.size() : close);
        const qsizetype at = declaration.indexOf("encoding=");
        if (at >= 0 && at + 10 < declaration.size()) {
            const char quote = declaration.at(at + 9);
            const qsizetype end = declaration.indexOf(quote, at + 10);
            if (end > at + 10) {
                return normalizeCharsetName(QByteArrayView(declaration).sliced(at + 10, end - at - 10));
            }
        }
    }
    TagScanner scanner(head, true);
    ScannedTag tag;
    while (scanner.next(tag)) {
        if (tag.end) {
            continue;
        }
        if (tag.name.compare("script", Qt::CaseInsensitive) == 0 ||
            tag.name.compare("style", Qt::CaseInsensitive) == 0) {
            scanner.skipRawText(tag.name);
            continue;
        }
        if (tag.name.compare("meta", Qt::CaseInsensitive) != 0) {
            continue;
        }
        QByteArray name = normalizeCharsetName(tag.attribute("charset"));
        if (name.isEmpty() && tag.attribute("http-equiv").trimmed().compare("content-type", Qt::CaseInsensitive) == 0) {
            name = normalizeCharsetName(charsetFromContent(tag.attribute("content")));
        }
        if (!name.isEmpty()) {
            return name;
        }
    }
    return {};
}

namespace {

/// detectHtmlEncoding(); @p validUtf8 is set to whether @p bytes are valid UTF-8 when UTF-8 is the answer.
HtmlEncoding detectEncoding(const QByteArray &bytes, bool *validUtf8)
{
    using Origin = HtmlEncoding::Origin;
    *validUtf8 = true;
    if (const auto bom = QStringConverter::encodingForData(bytes)) {
        return {QByteArray(QStringConverter::nameForEncoding(*bom)), Origin::ByteOrderMark};
    }
    const QByteArray declared = declaredCharset(bytes);
    if (!declared.isEmpty() && canDecode(declared)) {
        if (declared != Utf8) {
            return {declared, Origin::Declared};
        }
        // A few bad bytes in a UTF-8 page are read as U+FFFD, as a browser would; a page that claims UTF-8 but is
        // not (mostly bad bytes: an old page re-served with a new template) is detected, not shown as U+FFFD.
        *validUtf8 = isValidUtf8(bytes);
        if (*validUtf8 || isMostlyUtf8(bytes)) {
            return {declared, Origin::Declared};
        }
    }
    // UTF-16 without a byte order mark still starts with "<" in its own encoding.
    if (const auto wide = QStringConverter::encodingForData(bytes, u'<')) {
        return {QByteArray(QStringConverter::nameForEncoding(*wide)), Origin::Detected};
    }
    // Valid UTF-8 with any non-ASCII byte is almost never anything else; ICU weighs the remaining cases.
    if (isValidUtf8(bytes)) {
        return {Utf8, Origin::Detected};
    }
    QByteArray detected = icuDetect(bytes);
    if (detected == "ISO-8859-1") {
        detected = Windows1252; // the same letters, plus the quotes and dashes pages really contain
    }
    // A guess of UTF-16 or UTF-32 without a byte order mark or a leading "<" is a guess about binary data.
    const bool wide = detected.startsWith("UTF-16") || detected.startsWith("UTF-32");
    if (!detected.isEmpty() && detected != Utf8 && !wide && canDecode(detected)) {
        return {detected, Origin::Detected};
    }
    return {Windows1252, Origin::Detected};
}

/// Decoded binary data is full of replacement and control characters; a page has almost none.
bool looksBinary(const QString &text)
{
    constexpr qsizetype Sample = 65536;
    const QStringView sample = QStringView(text).left(Sample);
    qsizetype bad = 0;
    for (const QChar c : sample) {
        // ASCII, most of any page, needs no look-up in the Unicode tables: its only controls are C0 and DEL.
        const char16_t u = c.unicode();
        if (u >= 0x20 && u < 0x7F) {
            continue;
        }
        if (u < 0x80) {
            bad += (u == 0x7F || (u != u'\n' && u != u'\r' && u != u'\t' && u != u'\f')) ? 1 : 0;
            continue;
        }
        const bool control = c.category() == QChar::Other_Control && c != QLatin1Char('\n') && c != QLatin1Char('\r') &&
                             c != QLatin1Char('\t') && c != QLatin1Char('\f');
        bad += (control || c == QChar::ReplacementCharacter || c.isNonCharacter()) ? 1 : 0;
    }
    return bad * 50 > sample.size(); // more than 2 %
}

/// looksBinary() of valid UTF-8, read in place: the same characters judged over the same sample of UTF-16 units.
bool looksBinaryUtf8(QByteArrayView utf8)
{
    constexpr qsizetype Sample = 65536;
    qsizetype units = 0;
    qsizetype bad = 0;
    const auto *p = reinterpret_cast<const unsigned char *>(utf8.data());
    const auto *const end = p + utf8.size();
    while (p < end && units < Sample) {
        // Printable ASCII, nearly all of a page, in a tight loop; a byte is at most one unit, so the run may take
        // all the units still wanted.
        const auto *const run = p;
        const auto *const limit = p + std::min<qsizetype>(end - p, Sample - units);
        while (limit - p >= 8) {
            // Eight bytes at a time: any below 0x20, at 0x7F or from 0x80 up ends the run (exact tests for "any").
            quint64 word = 0;
            std::memcpy(&word, p, 8);
            constexpr quint64 ones = 0x0101010101010101;
            constexpr quint64 highs = 0x8080808080808080;
            const quint64 controls = (word - ones * 0x20) & ~word & highs;
            const quint64 deletes = ((word ^ (ones * 0x7F)) - ones) & ~(word ^ (ones * 0x7F)) & highs;
            if ((controls | deletes | (word & highs)) != 0) {
                break;
            }
            p += 8;
        }
        while (p < limit && *p >= 0x20 && *p < 0x7F) {
            ++p;
        }
        units += p - run;
        if (p == limit) {
            continue;
        }
        const unsigned char b = *p;
        if (b < 0x80) {
            bad += (b == 0x7F || (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f')) ? 1 : 0;
            ++units;
            ++p;
            continue;
        }
        const int length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
        if (length == 4) {
            units = std::min(units + 2, Sample); // a surrogate pair: neither half is a control or a non-character
            p += 4;
            continue;
        }
        char32_t c = b & (length == 3 ? 0x0F : 0x1F);
        for (int i = 1; i < length; ++i) {
            c = (c << 6) | (p[i] & 0x3F);
        }
        bad += ((c >= 0x80 && c <= 0x9F) || c == QChar::ReplacementCharacter || QChar::isNonCharacter(c)) ? 1 : 0;
        ++units;
        p += length;
    }
    return bad * 50 > units;
}

QString decodeWith(const QByteArray &bytes, const HtmlEncoding &encoding, bool *ok)
{
    const bool wide = encoding.name.startsWith("UTF-16") || encoding.name.startsWith("UTF-32");
    if (ok) {
        *ok = wide || !bytes.contains('\0');
    }
    if (ok && !*ok) {
        return {};
    }
    QString text = decodeAs(bytes, encoding.name);
    if (looksBinary(text)) {
        if (ok) {
            *ok = false;
        }
        return {};
    }
    return text;
}

} // namespace

HtmlEncoding detectHtmlEncoding(const QByteArray &bytes)
{
    bool validUtf8 = true;
    return detectEncoding(bytes, &validUtf8);
}

QString decodeHtml(const QByteArray &bytes, bool *ok, HtmlEncoding *used)
{
    const HtmlEncoding encoding = detectHtmlEncoding(bytes);
    if (used) {
        *used = encoding;
    }
    return decodeWith(bytes, encoding, ok);
}

QByteArray decodeHtmlToUtf8(const QByteArray &bytes, bool *ok, HtmlEncoding *used)
{
    bool validUtf8 = true;
    const HtmlEncoding encoding = detectEncoding(bytes, &validUtf8);
    if (used) {
        *used = encoding;
    }
    if (encoding.name != Utf8 || encoding.origin == HtmlEncoding::Origin::ByteOrderMark || !validUtf8) {
        return decodeWith(bytes, encoding, ok).toUtf8();
    }
    // Most pages: UTF-8 already, and found valid by the detection. Decoding and encoding them again changes nothing.
    const QByteArrayView utf8 = withoutIncompleteEnd(bytes);
    const bool textual = !utf8.contains('\0') && !looksBinaryUtf8(utf8);
    if (ok) {
        *ok = textual;
    }
    if (!textual) {
        return {};
    }
    return utf8.size() == bytes.size() ? bytes : utf8.toByteArray();
}

} // namespace Credence::Core
