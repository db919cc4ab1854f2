#include "claims/segmenter.h"

#include <QSet>

#include <unicode/brkiter.h>
#include <unicode/filteredbrk.h>
#include <unicode/locid.h>

#include <memory>

namespace Credence::Core {

QStringList sentenceAbbreviations()
{
    // ICU's English list (CLDR) lacks many titles and ranks common in news copy. Words that often end a
    // sentence ("etc.", "p.m.") are left out on purpose: merging two claims is worse than splitting one.
    return {
        QStringLiteral("Mr."),   QStringLiteral("Mrs."),   QStringLiteral("Ms."),   QStringLiteral("Dr."),
        QStringLiteral("Prof."), QStringLiteral("Sen."),   QStringLiteral("Rep."),  QStringLiteral("Gov."),
        QStringLiteral("Gen."),  QStringLiteral("Lt."),    QStringLiteral("Col."),  QStringLiteral("Maj."),
        QStringLiteral("Capt."), QStringLiteral("Sgt."),   QStringLiteral("Cpl."),  QStringLiteral("Adm."),
        QStringLiteral("Cmdr."), QStringLiteral("Rev."),   QStringLiteral("Hon."),  QStringLiteral("Pres."),
        QStringLiteral("Supt."), QStringLiteral("Insp."),  QStringLiteral("Det."),  QStringLiteral("Jr."),
        QStringLiteral("Sr."),   QStringLiteral("St."),    QStringLiteral("Mt."),   QStringLiteral("Ft."),
        QStringLiteral("Inc."),  QStringLiteral("Ltd."),   QStringLiteral("Corp."), QStringLiteral("Co."),
        QStringLiteral("Bros."), QStringLiteral("No."),    QStringLiteral("Nos."),  QStringLiteral("Vol."),
        QStringLiteral("vs."),   QStringLiteral("Jan."),   QStringLiteral("Feb."),  QStringLiteral("Mar."),
        QStringLiteral("Apr."),  QStringLiteral("Jun."),   QStringLiteral("Jul."),  QStringLiteral("Aug."),
        QStringLiteral("Sep."),  QStringLiteral("Sept."),  QStringLiteral("Oct."),  QStringLiteral("Nov."),
        QStringLiteral("Dec."),  QStringLiteral("U.S."),   QStringLiteral("U.K."),  QStringLiteral("U.N."),
        QStringLiteral("E.U."),  QStringLiteral("U.S.A."), QStringLiteral("D.C."),  QStringLiteral("approx."),
        QStringLiteral("est."),  QStringLiteral("Ave."),   QStringLiteral("Blvd."), QStringLiteral("Dept."),
        QStringLiteral("Univ."), QStringLiteral("Assn."),  QStringLiteral("Fig."),  QStringLiteral("cf."),
    };
}

namespace {

std::unique_ptr<icu::BreakIterator> makeIterator(const QString &language)
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::Locale locale(language.toLatin1().constData());
    std::unique_ptr<icu::BreakIterator> base(icu::BreakIterator::createSentenceInstance(locale, status));
    if (U_FAILURE(status)) {
        return nullptr;
    }
    std::unique_ptr<icu::FilteredBreakIteratorBuilder> builder(
        icu::FilteredBreakIteratorBuilder::createInstance(locale, status));
    if (U_FAILURE(status)) {
        return base;
    }
    for (const QString &abbreviation : sentenceAbbreviations()) {
        UErrorCode ignored = U_ZERO_ERROR;
        builder->suppressBreakAfter(
            icu::UnicodeString(reinterpret_cast<const char16_t *>(abbreviation.utf16()), int32_t(abbreviation.size())),
            ignored);
    }
    std::unique_ptr<icu::BreakIterator> filtered(builder->wrapIteratorWithFilter(base.release(), status));
    return U_SUCCESS(status) ? std::move(filtered) : nullptr;
}

bool hasWordCharacter(QStringView text)
{
    for (const QChar c : text) {
        if (c.isLetterOrNumber()) {
            return true;
        }
    }
    return false;
}

void appendTrimmed(QList<TextSpan> &spans, const QString &text, int start, int end)
{
    while (start < end && text.at(start).isSpace()) {
        ++start;
    }
    while (end > start && text.at(end - 1).isSpace()) {
        --end;
    }
    if (end > start && hasWordCharacter(QStringView(text).mid(start, end - start))) {
        spans.append({start, end});
    }
}

// ICU's filter misses abbreviations with inner periods ("U.S.") and some titles from its own CLDR list ("Dr.",
// "St."), so the break is checked again against our list: the word before a break that is followed by more text on
// the same line.
bool endsWithAbbreviation(const QString &text, int start, int end)
{
    int wordEnd = end;
    while (wordEnd > start && text.at(wordEnd - 1).isSpace()) {
        if (text.at(wordEnd - 1) == QLatin1Char('\n')) {
            return false;
        }
        --wordEnd;
    }
    int wordStart = wordEnd;
    while (wordStart > start && !text.at(wordStart - 1).isSpace()) {
        --wordStart;
    }
    // Opening brackets and quotes belong to the sentence, not to the word: "(Gen." is "Gen.".
    while (wordStart < wordEnd && !text.at(wordStart).isLetterOrNumber()) {
        ++wordStart;
    }
    static const QSet<QString> abbreviations = [] {
        const QStringList list = sentenceAbbreviations();
        return QSet<QString>(list.cbegin(), list.cend());
    }();
    return wordEnd - wordStart >= 2 && abbreviations.contains(text.mid(wordStart, wordEnd - wordStart));
}

} // namespace

QList<TextSpan> segmentSentences(const QString &text, const QString &language)
{
    QList<TextSpan> spans;
    if (text.isEmpty()) {
        return spans;
    }
    // Building the filtered iterator loads rule data: do it once per thread and language.
    thread_local QString cachedLanguage;
    thread_local std::unique_ptr<icu::BreakIterator> iterator;
    if (!iterator || cachedLanguage != language) {
        iterator = makeIterator(language);
        cachedLanguage = language;
    }
    if (!iterator) {
        appendTrimmed(spans, text, 0, int(text.size()));
        return spans;
    }
    // Aliases the QString's storage: QString and ICU both use UTF-16, so ICU offsets are QString offsets.
    const icu::UnicodeString unicode(false, reinterpret_cast<const char16_t *>(text.utf16()), int32_t(text.size()));
    iterator->setText(unicode);
    int start = iterator->first();
    for (int end = iterator->next(); end != icu::BreakIterator::DONE; end = iterator->next()) {
        if (end < text.size() && endsWithAbbreviation(text, start, end)) {
            continue; // the sentence goes on past "U.S." or "Gen."
        }
        // ICU ends a sentence after a line break already, but a filtered abbreviation may carry a span across one:
        // a line is never continued into the next.
        int lineStart = start;
        for (int i = start; i < end; ++i) {
            if (text.at(i) == QLatin1Char('\n') || text.at(i) == QChar::ParagraphSeparator) {
                appendTrimmed(spans, text, lineStart, i);
                lineStart = i + 1;
            }
        }
        appendTrimmed(spans, text, lineStart, end);
        start = end;
    }
    iterator->setText(icu::UnicodeString());
    return spans;
}

} // namespace Credence::Core
