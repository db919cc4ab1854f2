#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Credence::Core {

/// Why an image caption is worth a reader's attention.
enum class CaptionIssue
{
    AiGenerated, ///< the caption says the image was generated ("AI-generated", "created with Midjourney")
    Unrelated,   ///< a descriptive caption that shares (almost) no word or name with the article's title and body
};

/// A stable machine name for JSON and reports: "ai-generated", "unrelated".
QString captionIssueKey(CaptionIssue issue);

struct FlaggedCaption
{
    QString text;
    CaptionIssue issue = CaptionIssue::AiGenerated;
};

/// Captions with fewer lower-case content words than this are not judged unrelated: a credit ("Photo: Jane Roe /
/// Reuters") or a caption of names only says too little to compare.
inline constexpr int MinDescriptiveCaptionWords = 5;

/// Whether @p caption discloses that its image was generated.
bool disclosesGeneratedImage(const QString &caption);
/// Whether @p caption describes something the article (@p title and @p body) does not talk about: it names nothing
/// the article names, and at most one of its content words (under 15% of them) occurs in the article. Credits in
/// brackets are left out of the comparison.
bool isUnrelatedCaption(const QString &caption, const QString &title, const QString &body);

/// The captions among @p captions that disclose a generated image or are unrelated to the article, in order; a
/// caption that does both is flagged as generated. Relatedness is judged in English only (@p language ISO 639-1,
/// empty for English): word stems cut at five letters miss too much of an inflected language ("красотке" and
/// "красотку" meet, most forms do not).
QList<FlaggedCaption> flaggedCaptions(const QStringList &captions, const QString &title, const QString &body,
                                      const QString &language = QStringLiteral("en"));

} // namespace Credence::Core
