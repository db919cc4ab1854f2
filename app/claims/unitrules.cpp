#include "claims/unitrules.h"

#include <QRegularExpression>

namespace Credence::Core::UnitRules {

namespace {

// Furniture and captions are short; prose paragraphs are not matched against the patterns at all.
constexpr qsizetype MaxPatternChars = 300;

QRegularExpression caseless(const QString &pattern)
{
    return QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption |
                                           QRegularExpression::UseUnicodePropertiesOption);
}

bool isClosing(QChar c)
{
    switch (c.unicode()) {
    case u'"':
    case u'\'':
    case u'”':
    case u'’':
    case u'“': // German quotes close with it
    case u'»':
    case u'«':
    case u')':
    case u']':
        return true;
    default:
        return false;
    }
}

} // namespace

int bulletLength(QStringView line)
{
    if (line.isEmpty()) {
        return 0;
    }
    int marker = 0;
    switch (line.front().unicode()) {
    case u'•':
    case u'-':
    case u'*':
    case u'–':
    case u'·':
    case u'▪':
    case u'◦':
    case u'‣':
    case u'●':
    case u'■':
    case u'►':
    case u'▸':
        marker = 1;
        break;
    default:
        // "1." "12)" "a)": at most two digits, so a year ("2019.") is no marker; letters only with ")", so an
        // initial ("A. Smith") is none either.
        if (line.front().isDigit()) {
            marker = line.size() > 1 && line.at(1).isDigit() ? 2 : 1;
            if (line.size() <= marker || (line.at(marker) != u'.' && line.at(marker) != u')')) {
                return 0;
            }
            ++marker;
        } else if (line.front().isLetter() && line.size() > 1 && line.at(1) == u')') {
            marker = 2;
        } else {
            return 0;
        }
    }
    // The marker must be followed by a space and then by text: "-5 degrees" and "1.5" are no list items.
    int end = marker;
    while (end < line.size() && line.at(end).isSpace()) {
        ++end;
    }
    return end > marker && end < line.size() ? end : 0;
}

int wordCount(QStringView line)
{
    int words = 0;
    bool inWord = false;
    bool counted = false;
    for (const QChar c : line) {
        if (c.isSpace()) {
            inWord = false;
            continue;
        }
        if (!inWord) {
            inWord = true;
            counted = false;
        }
        if (!counted && c.isLetterOrNumber()) {
            counted = true;
            ++words;
        }
    }
    return words;
}

bool endsWithPunctuation(QStringView line)
{
    qsizetype end = line.size();
    while (end > 0 && (isClosing(line.at(end - 1)) || line.at(end - 1).isSpace())) {
        --end;
    }
    if (end == 0) {
        return false;
    }
    switch (line.at(end - 1).unicode()) {
    case u'.':
    case u'!':
    case u'?':
    case u':':
    case u';':
    case u',':
    case u'…':
    case u'。': // CJK, Arabic and Devanagari sentence ends
    case u'！':
    case u'？':
    case u'：':
    case u'；':
    case u'؟':
    case u'।':
        return true;
    default:
        return false;
    }
}

bool isCaption(const QString &line)
{
    if (line.size() > MaxPatternChars) {
        return false;
    }
    // A label and a colon, or the BBC's "Image copyright"/"Media caption" without one.
    static const QRegularExpression label = caseless(QStringLiteral(
        "^(?:photo(?:graph)?s?|fotos?|images?|pictures?|bild|illustration|graphic|grafik|video|credit|photo credit|"
        "source|quelle)\\s*:\\s*\\S|^(?:image copyright|image caption|media caption|getty images)\\b"));
    // An agency or photographer credit closing the line after a separator or in a photo credit in brackets.
    static const QRegularExpression credit = caseless(QStringLiteral(
        "[/|]\\s*(?:reuters|afp|ap|ap photo|dpa|epa|getty images|der spiegel|associated press|imago|"
        "picture alliance|shutterstock|bloomberg|xinhua|anadolu)\\s*\\)?$|"
        "\\((?:photos?|images?|pictures?|fotos?|bild)\\s*(?::|by|credit|courtesy)[^)]*\\)$|\\bvia getty images\\)?$"));
    return label.match(line).hasMatch() || credit.match(line).hasMatch();
}

bool isFurniture(const QString &line)
{
    if (line.size() > MaxPatternChars) {
        return false;
    }
    static const QRegularExpression label = caseless(QStringLiteral(
        "^(?:advertisement|advert|anzeige|werbung|iklan|publicité|close|caption|share|share this(?: article| story)?|"
        "print|comments?|read more|related|related (?:articles?|stories|coverage|content)|more on this(?: story)?|"
        "don'?t miss|recommended|most (?:read|popular)|trending|top stories|continue reading|more great \\w+ stories|"
        "(?:image|photo|slide) \\d+ of \\d+|_{3,})\\W*$"));
    static const QRegularExpression lead = caseless(QStringLiteral(
        "^(?:read more|read also|also read|read next|see also|related|mehr zum thema|lesen sie auch|more from)"
        "\\s*[:|»›>]|^(?:sign up|sign in|subscribe|click here|tap here|already a subscriber|get the latest|"
        "join our|download (?:our|the) app|follow (?:us|him|her|them|@|ap\\b))"));
    static const QRegularExpression rights =
        caseless(QStringLiteral("all rights reserved|^©|^copyright\\b|may not be (?:published|reproduced)"));
    static const QRegularExpression wireCredit = caseless(
        QStringLiteral("^\\(?(?:additional |with )?(?:reporting|writing|editing|compiled|edited|written) by\\b"));
    static const QRegularExpression embedSignature(QStringLiteral("^[—–-]\\s.*\\(@\\w+\\).*\\d{4}$"));
    if (label.match(line).hasMatch() || lead.match(line).hasMatch() || rights.match(line).hasMatch() ||
        wireCredit.match(line).hasMatch() || embedSignature.match(line).hasMatch()) {
        return true;
    }
    // "Have a tip? Jane Roe may be reached at jroe@example.com.": an address and a word that offers it.
    static const QRegularExpression address(QStringLiteral("\\S@\\S+\\.\\w"));
    static const QRegularExpression offer =
        caseless(QStringLiteral("\\b(?:reached|e-?mail|contact|follow|write to|tips?)\\b"));
    return address.match(line).hasMatch() && offer.match(line).hasMatch();
}

bool isAboutHeading(const QString &line)
{
    static const QRegularExpression about(
        QStringLiteral("^(?:About (?:the authors?|(?:\\p{Lu}[\\p{L}'’.-]*\\s*){1,4})|Über (?:den|die) Autor(?:in)?)$"),
        QRegularExpression::UseUnicodePropertiesOption);
    return line.size() < 80 && about.match(line).hasMatch();
}

bool describesWriter(const QString &line, bool anywhere)
{
    // A name of two to four capitalised words, "is"/"was", then within a few words a writer's job.
    static const QString job =
        QStringLiteral("(?i:journalist|editor|reporter|writer|correspondent|columnist|author|contributor|producer|"
                       "photographer|freelancer|blogger|critic|redakteur|korrespondent|journalistin|autorin|autor)");
    static const QRegularExpression named(
        QStringLiteral("^\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){1,3}\\s+(?:is|was|has been|ist|war)\\s+"
                       "(?:\\S+\\s+){0,8}?") +
            job + QStringLiteral("s?\\b"),
        QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression described(QStringLiteral("\\b(?i:is|was|has been|ist|war)\\s+(?:\\S+\\s+){0,8}?") +
                                                  job + QStringLiteral("s?\\b"),
                                              QRegularExpression::UseUnicodePropertiesOption);
    return (anywhere ? described : named).match(line).hasMatch();
}

} // namespace Credence::Core::UnitRules
