#include "import/rules/textnormalize.h"

#include <QCryptographicHash>
#include <QDate>
#include <QLocale>
#include <QRegularExpression>
#include <QStringDecoder>

#include <algorithm>

namespace Credence::Core {

QString decodeText(const QByteArray &bytes, bool *ok)
{
    if (ok) {
        *ok = true;
    }
    if (const auto bom = QStringConverter::encodingForData(bytes)) {
        if (*bom != QStringConverter::Utf8) {
            QStringDecoder decoder(*bom);
            return decoder.decode(bytes);
        }
    }
    if (bytes.contains('\0')) {
        if (ok) {
            *ok = false;
        }
        return {};
    }
    QStringDecoder utf8(QStringConverter::Utf8);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError() || isMostlyUtf8(bytes)) {
        return text;
    }
    QStringDecoder cp1252("windows-1252");
    if (cp1252.isValid()) {
        return cp1252.decode(bytes);
    }
    return QString::fromLatin1(bytes);
}

bool isMostlyUtf8(QByteArrayView bytes)
{
    qsizetype characters = 0;
    qsizetype errors = 0;
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const auto *const end = p + bytes.size();
    const auto continuation = [&](const unsigned char *at, unsigned char low, unsigned char high) {
        return at < end && *at >= low && *at <= high;
    };
    while (p < end) {
        const unsigned char b = *p;
        if (b < 0x80) {
            ++p;
            continue;
        }
        // The well-formed sequences of the Unicode standard (table 3-7): no overlong forms, no surrogates.
        int length = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) {
            length = 2;
        } else if (b >= 0xE0 && b <= 0xEF) {
            length = 3;
            low = b == 0xE0 ? 0xA0 : 0x80;
            high = b == 0xED ? 0x9F : 0xBF;
        } else if (b >= 0xF0 && b <= 0xF4) {
            length = 4;
            low = b == 0xF0 ? 0x90 : 0x80;
            high = b == 0xF4 ? 0x8F : 0xBF;
        }
        int matched = 0; // bytes of the sequence found right so far, its lead included
        if (length > 0) {
            matched = continuation(p + 1, low, high) ? 2 : 1;
            while (matched > 1 && matched < length && continuation(p + matched, 0x80, 0xBF)) {
                ++matched;
            }
        }
        if (length > 0 && matched == length) {
            ++characters;
            p += length;
        } else if (length > 0 && p + matched == end) {
            break; // a character cut off at the end
        } else {
            ++errors;
            p += std::max(matched, 1);
        }
    }
    return characters >= errors;
}

QRegularExpression caseless(const QString &pattern)
{
    return QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption |
                                           QRegularExpression::UseUnicodePropertiesOption);
}

QString normalizeText(const QString &input)
{
    const QString nfc = input.normalized(QString::NormalizationForm_C);
    // One pass instead of a replace() per character kind: this runs over every article body.
    QString out(nfc.size(), Qt::Uninitialized);
    QChar *const begin = out.data();
    QChar *end = begin;
    const auto newline = [&] {
        while (end > begin && end[-1] == QLatin1Char(' ')) {
            --end; // no blanks before a line end
        }
        if (end - begin >= 2 && end[-1] == QLatin1Char('\n') && end[-2] == QLatin1Char('\n')) {
            return; // at most one blank line in a row
        }
        *end++ = QLatin1Char('\n');
    };
    for (qsizetype i = 0; i < nfc.size(); ++i) {
        const char16_t c = nfc.at(i).unicode();
        switch (c) {
        case u'\r':
            if (i + 1 < nfc.size() && nfc.at(i + 1) == QLatin1Char('\n')) {
                break; // the '\n' that follows ends the line
            }
            newline();
            break;
        case u'\n':
        case QChar::ParagraphSeparator:
        case QChar::LineSeparator:
            newline();
            break;
        case u'\t':
        case QChar::Nbsp:
        case QChar::ObjectReplacementCharacter:
            *end++ = QLatin1Char(' ');
            break;
        case 0x00AD: // soft hyphen
        case 0x200B: // zero-width space, non-joiner, joiner
        case 0x200C:
        case 0x200D:
        case 0x2060: // word joiner
        case 0xFEFF: // zero-width no-break space
            break;
        default:
            *end++ = QChar(c);
            break;
        }
    }
    out.truncate(end - begin);
    return std::move(out).trimmed();
}

namespace {

bool isFoldedSpace(QChar c)
{
    const char16_t u = c.unicode();
    return u < 0x80 ? (u == u' ' || (u >= u'\t' && u <= u'\r')) : c.isSpace();
}

} // namespace

QString foldWhitespace(const QString &text)
{
    const QChar *const data = text.constData();
    const qsizetype size = text.size();
    // Most strings seen here are folded already (the blocks of a page): they are returned as they are, not copied.
    qsizetype i = 0;
    bool afterSpace = true; // white space at the start is leading white space
    while (i < size) {
        const qsizetype run = i;
        while (i < size && data[i].unicode() > u' ' && data[i].unicode() < 0x80) {
            ++i; // printable ASCII, most of the text, in a tight loop
        }
        afterSpace = afterSpace && i == run;
        if (i == size) {
            break;
        }
        if (!isFoldedSpace(data[i])) {
            afterSpace = false;
        } else if (afterSpace || data[i] != QLatin1Char(' ')) {
            break; // leading, repeated or other white space: there is something to fold
        } else {
            afterSpace = true;
        }
        ++i;
    }
    if (i == size && !afterSpace) {
        return text;
    }
    qsizetype from = i;
    if (i == 0) {
        while (from < size && isFoldedSpace(data[from])) {
            ++from;
        }
        if (from == size) {
            return {}; // white space only: nothing to allocate
        }
    }
    QString out(size, Qt::Uninitialized);
    QChar *const begin = out.data();
    QChar *end = std::copy(data, data + i, begin); // the part already folded
    for (qsizetype k = from; k < size; ++k) {
        if (!isFoldedSpace(data[k])) {
            *end++ = data[k];
            afterSpace = false;
        } else if (!afterSpace) {
            *end++ = QLatin1Char(' ');
            afterSpace = true;
        }
    }
    if (end > begin && afterSpace) {
        --end; // the trailing space
    }
    out.truncate(end - begin);
    return out;
}

QString contentHash(const QString &text)
{
    const QString folded = text.normalized(QString::NormalizationForm_C).simplified();
    return QString::fromLatin1(QCryptographicHash::hash(folded.toUtf8(), QCryptographicHash::Sha256).toHex());
}

namespace {

const QStringList &dateFormats()
{
    static const QStringList formats = {
        QStringLiteral("MMMM d, yyyy"), QStringLiteral("MMMM d yyyy"), QStringLiteral("MMM d, yyyy"),
        QStringLiteral("MMM d yyyy"),   QStringLiteral("d MMMM yyyy"), QStringLiteral("d MMM yyyy"),
        QStringLiteral("d MMMM, yyyy"), QStringLiteral("d MMM, yyyy"), QStringLiteral("dd/MM/yyyy"),
        QStringLiteral("dd-MM-yyyy"),   QStringLiteral("d.M.yyyy"),    QStringLiteral("yyyy/MM/dd")};
    return formats;
}

/// Whether @p text holds at least @p wanted digits (of any script).
bool hasDigits(QStringView text, int wanted)
{
    int digits = 0;
    for (const QChar c : text) {
        if (c.isNumber() && ++digits == wanted) {
            return true;
        }
    }
    return false;
}

/// False for text that no format of dateFormats() can match, told without QLocale's parser, which is slow (most
/// short lines of a page are tried as dates): every format has two numbers at least, the day and the year, and
/// starts with one of them (a year may have a sign) or with the name of a month.
bool couldStartDate(const QString &text)
{
    if (text.isEmpty()) {
        return false;
    }
    const QChar first = text.front();
    if (!first.isNumber() && first != u'+' && first != u'-' && !QStringView(u"jfmasond").contains(first.toLower())) {
        return false;
    }
    return hasDigits(text, 2);
}

// Month names of the other languages we guess, as English ones so QLocale::c() can read them.
QString englishMonths(const QString &text)
{
    static const QList<std::pair<QRegularExpression, QString>> months = [] {
        const QList<std::pair<const char *, const char *>> names = {
            {"janvier|januar|enero", "January"},
            {"f[ée]vrier|februar|febrero", "February"},
            {"mars|m[äa]rz|marzo", "March"},
            {"avril|abril", "April"},
            {"mai|mayo", "May"},
            {"juin|juni|junio", "June"},
            {"juillet|juli|julio", "July"},
            {"ao[ûu]t|agosto", "August"},
            {"septembre|septiembre|setiembre", "September"},
            {"octobre|oktober|octubre", "October"},
            {"novembre|noviembre", "November"},
            {"d[ée]cembre|dezember|diciembre", "December"},
        };
        QList<std::pair<QRegularExpression, QString>> list;
        for (const auto &[foreign, english] : names) {
            list.append({QRegularExpression(QStringLiteral("\\b(?:%1)\\b").arg(QLatin1String(foreign)),
                                            QRegularExpression::CaseInsensitiveOption |
                                                QRegularExpression::UseUnicodePropertiesOption),
                         QLatin1String(english)});
        }
        return list;
    }();
    QString result = text;
    for (const auto &[pattern, english] : months) {
        result.replace(pattern, english);
    }
    return result;
}

QDate parseWholeDate(const QString &input)
{
    QString text = input;
    // Drop weekdays, ordinals and "at 10:30 am" tails that News pages add around a date.
    static const QRegularExpression ordinal(QStringLiteral("(\\d)(st|nd|rd|th)\\b"));
    text.replace(ordinal, QStringLiteral("\\1"));
    // "10:30", "07.15 GMT" as some papers print it (but not the "4.11" of "4.11.2025"), "7 AM ET", "à 11h30".
    static const QRegularExpression clock(
        QStringLiteral("\\s*(at\\s+|à\\s+|um\\s+|a las\\s+)?\\d{1,2}:\\d{2}.*$|\\s+\\d{1,2}\\.\\d{2}(?![.\\d]).*$|"
                       "[\\s,]+(?:at\\s+)?\\d{1,2}\\s*[ap]\\.?m\\.?(?!\\w).*$|\\s+(?:à\\s+)?\\d{1,2}h\\d{2}\\b.*$"),
        QRegularExpression::CaseInsensitiveOption);
    text.remove(clock);
    // "Published", "Publié le", "Veröffentlicht am" before the date.
    static const QRegularExpression label(
        QStringLiteral("^(?:(?:first\\s+)?published|updated|posted|publié|mis à jour|veröffentlicht|aktualisiert|"
                       "publicado|actualizado)(?:\\s+(?:on|le|am|el))?\\s*:?\\s*"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    text.remove(label);
    static const QRegularExpression weekday(QStringLiteral("^(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\\.?,?\\s+"),
                                            QRegularExpression::CaseInsensitiveOption);
    text.remove(weekday);
    // "3. April 2024", "3 de abril de 2024".
    static const QRegularExpression dayDot(QStringLiteral("^(\\d{1,2})\\.\\s+(?=\\p{L})"),
                                           QRegularExpression::UseUnicodePropertiesOption);
    text.replace(dayDot, QStringLiteral("\\1 "));
    static const QRegularExpression spanishDe(QStringLiteral("(?<=\\w)\\s+de\\s+(?=\\w)"));
    text.replace(spanishDe, QStringLiteral(" "));
    // "Friday, May 12, 2023 - ", "05 Mar, 2024,": separators left where a time was.
    static const QRegularExpression trailing(QStringLiteral("[\\s,;|·•–—-]+$"));
    text.remove(trailing);
    text = text.trimmed();
    if (couldStartDate(text)) {
        const QLocale c = QLocale::c();
        for (const QString &format : dateFormats()) {
            const QDate date = c.toDate(text, format);
            if (date.isValid()) {
                return date;
            }
        }
    }
    // "Sept." and "Aug." with a dot.
    if (text.contains(QLatin1Char('.'))) {
        QString undotted = text;
        undotted.replace(QStringLiteral("Sept."), QStringLiteral("Sep"));
        undotted.remove(QLatin1Char('.'));
        if (undotted != text) {
            return parseWholeDate(undotted);
        }
    }
    return {};
}

/// A day and a four-digit year: five digits at least.
bool hasDigitsForDate(QStringView text)
{
    return hasDigits(text, 5);
}

QString prepareDate(const QString &input)
{
    QString text = englishMonths(input.simplified());
    // "March 3, 20244:12 AM": the year run into the time after it.
    static const QRegularExpression yearClock(QStringLiteral("\\b((?:19|20)\\d{2})(\\d{1,2}:\\d{2})"));
    text.replace(yearClock, QStringLiteral("\\1 \\2"));
    return text;
}

/// parseNewsDate() of text prepareDate() has prepared.
QDate parsePreparedDate(const QString &text)
{
    static const QRegularExpression iso(QStringLiteral("(\\d{4})-(\\d{2})-(\\d{2})"));
    if (const auto m = iso.match(text); m.hasMatch()) {
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    }
    return parseWholeDate(text);
}

} // namespace

QDate parseNewsDate(const QString &input)
{
    // Most short lines of a page are tried as dates: a day and a four-digit year need five digits at least.
    if (!hasDigitsForDate(input)) {
        return {};
    }
    return parsePreparedDate(prepareDate(input));
}

QDate findNewsDate(const QString &input)
{
    if (!hasDigitsForDate(input)) {
        return {};
    }
    const QString text = prepareDate(input); // once for both tries
    if (const QDate whole = parsePreparedDate(text); whole.isValid()) {
        return whole;
    }
    // A date among other words: "Posted by Jane Roe on Friday, May 12, 2023", "Jane Roe - Feb 14, 2024 4:18 pm".
    static const QString month = QStringLiteral(
        "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|"
        "September|October|November|December)\\.?");
    static const QRegularExpression date(
        QStringLiteral(
            "(?<![\\p{L}\\d])(?:\\d{1,2}(?:st|nd|rd|th)?\\.?(?:\\s+de)?\\s+%1(?:\\s+de)?,?\\s+(?:19|20)\\d{2}|"
            "%1\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+(?:19|20)\\d{2})(?!\\d)")
            .arg(month),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    if (const auto m = date.match(text); m.hasMatch()) {
        return parseWholeDate(m.captured());
    }
    return {};
}

} // namespace Credence::Core
