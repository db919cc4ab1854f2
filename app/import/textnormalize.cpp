#include "textnormalize.h"

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
    if (!utf8.hasError()) {
        return text;
    }
    QStringDecoder cp1252("windows-1252");
    if (cp1252.isValid()) {
        return cp1252.decode(bytes);
    }
    return QString::fromLatin1(bytes);
}

QString normalizeText(const QString &input)
{
    QString text = input.normalized(QString::NormalizationForm_C);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    text.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    text.replace(QChar::LineSeparator, QLatin1Char('\n'));
    text.replace(QChar::Nbsp, QLatin1Char(' '));
    text.replace(QChar::ObjectReplacementCharacter, QLatin1Char(' '));
    // Each pattern runs only where it can match: most texts have none of the characters and sequences it removes.
    static const QRegularExpression invisible(
        QStringLiteral("[\\x{00AD}\\x{200B}\\x{200C}\\x{200D}\\x{2060}\\x{FEFF}]"));
    if (std::any_of(text.cbegin(), text.cend(), [](QChar c) {
            return c == QChar(0x00AD) || c == QChar(0x200B) || c == QChar(0x200C) || c == QChar(0x200D) ||
                   c == QChar(0x2060) || c == QChar(0xFEFF);
        })) {
        text.remove(invisible);
    }
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    static const QRegularExpression trailing(QStringLiteral("[ ]+\\n"));
    if (text.contains(QLatin1StringView(" \n"))) {
        text.replace(trailing, QStringLiteral("\n"));
    }
    static const QRegularExpression blankRuns(QStringLiteral("\\n{3,}"));
    if (text.contains(QLatin1StringView("\n\n\n"))) {
        text.replace(blankRuns, QStringLiteral("\n\n"));
    }
    return text.trimmed();
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

/// False for text that no format of dateFormats() can match, told without QLocale's parser, which is slow (most
/// short lines of a page are tried as dates): every format has two numbers at least, the day and the year, and
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

} // namespace

QDate parseNewsDate(const QString &input)
{
    // Most short lines of a page are tried as dates: a day and a four-digit year need five digits at least.
    if (!hasDigitsForDate(input)) {
        return {};
    }
    const QString text = prepareDate(input);
    static const QRegularExpression iso(QStringLiteral("(\\d{4})-(\\d{2})-(\\d{2})"));
    if (const auto m = iso.match(text); m.hasMatch()) {
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    }
    return parseWholeDate(text);
}

QDate findNewsDate(const QString &input)
{
    if (!hasDigitsForDate(input)) {
        return {};
    }
    if (const QDate whole = parseNewsDate(input); whole.isValid()) {
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
    const QString text = prepareDate(input);
    if (const auto m = date.match(text); m.hasMatch()) {
        return parseWholeDate(m.captured());
    }
    return {};
}

} // namespace Credence::Core
