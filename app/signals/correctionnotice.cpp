#include "correctionnotice.h"

#include <QRegularExpression>

namespace Credence::Core {

QString correctionNotice(const QString &body)
{
    // None of these matched any of the 181 ground-truth texts of the article-extraction benchmark; the one editor's
    // note there announces added details, which is why "Editor's note" alone is not taken.
    static const QRegularExpression notice(
        QStringLiteral(R"((?:^|\n)[ \t]*(?:corrections?|clarification)[ \t]*[:.—–-]|)"
                       R"(\ban earlier version of this (?:article|story|report|post|piece)\b|)"
                       R"(\b(?:article|story|report|post|piece) (?:has been|was|had been) (?:corrected|amended)\b|)"
                       R"(\bupdated to correct\b)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = notice.match(body);
    if (!match.hasMatch()) {
        return {};
    }
    // The sentence round the match: from the line's start to its end, at most 300 characters.
    qsizetype at = match.capturedStart();
    if (at < body.size() && body.at(at) == u'\n') {
        ++at; // the line break before "Correction:"
    }
    // lastIndexOf() from -1 would search from the end: a match at the start is its line's start.
    const qsizetype start = at > 0 ? body.lastIndexOf(u'\n', at - 1) + 1 : 0;
    qsizetype end = body.indexOf(u'\n', match.capturedEnd());
    if (end < 0) {
        end = body.size();
    }
    return body.mid(start, std::min<qsizetype>(end - start, 300)).trimmed();
}

} // namespace Credence::Core
