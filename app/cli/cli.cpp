#include "cli.h"

#include "claims/checkworthiness.h"
#include "clisupport.h"
#include "import/importer.h"
#include "project/project.h"
#include "report/claimreview.h"
#include "report/claimscsv.h"
#include "report/pdfreport.h"
#include "report/usertext.h"
#include "storage/pathlookup.h"
#include "storage/projectjson.h"
#include "summarycommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

namespace Credence::Core {

namespace {

using namespace CliSupport;

const QStringList &commandNames()
{
    static const QStringList names = {QStringLiteral("import"),     QStringLiteral("summary"),
                                      QStringLiteral("claims"),     QStringLiteral("export-pdf"),
                                      QStringLiteral("export-csv"), QStringLiteral("export-claimreview"),
                                      QStringLiteral("extract"),    QStringLiteral("recover"),
                                      QStringLiteral("similar"),    QStringLiteral("details")};
    return names;
}

/// Why the project file @p path can be neither opened nor created, in the system's words; empty when it can be tried.
QString unreachableProject(const QString &path)
{
    const PathLookup lookup = lookUpPath(path);
    if (lookup.found()) {
        return {};
    }
    if (!lookup.missing()) {
        return Cli::tr("Cannot open %1: %2").arg(path, lookup.errorString);
    }
    const PathLookup folder = lookUpPath(QFileInfo(path).absolutePath());
    return folder.found() ? QString() : Cli::tr("Cannot create %1: %2").arg(path, folder.errorString);
}

int runImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addPositionalArgument(QStringLiteral("files"), Cli::tr("Articles to import."), Cli::tr("FILE..."));
    if (!parse(parser, arguments, Cli::tr("Imports articles into a project, creating it if needed."))) {
        return 2;
    }
    const QString db = parser.value(QStringLiteral("db"));
    if (db.isEmpty() || parser.positionalArguments().isEmpty()) {
        err() << Cli::tr("usage: credence import --db PATH FILE...") << Qt::endl;
        return 2;
    }
    if (const QString problem = unreachableProject(db); !problem.isEmpty()) {
        err() << problem << Qt::endl;
        return 1;
    }
    Project project;
    if (!project.open(db, {OpenMode::CreateIfMissing})) {
        err() << project.lastError() << Qt::endl;
        return 1;
    }
    if (project.isDamaged()) {
        err() << damagedMessage(project) << Qt::endl;
        return 1;
    }
    if (project.isReadOnly()) {
        err() << Cli::tr("Nothing was imported: %1 is read-only. %2")
                     .arg(QDir::toNativeSeparators(db), project.readOnlyReason())
              << Qt::endl;
        return 1;
    }
    int failed = 0;
    // One file at a time, each line printed (and flushed by endl) as soon as its article is committed: an import
    // that is killed halfway has reported exactly what it stored.
    for (const QString &file : parser.positionalArguments()) {
        const ImportOutcome outcome = project.importFiles({file}).constFirst();
        for (const QString &warning : outcome.warnings) {
            err() << Cli::tr("warning: %1").arg(warning) << Qt::endl;
        }
        if (outcome.ok()) {
            const int claims = int(project.claims(*outcome.articleId).size());
            out() << QCoreApplication::translate("Credence::Core::Cli", "imported %1: %n claim(s)", nullptr, claims)
                         .arg(outcome.file)
                  << Qt::endl;
        } else if (outcome.duplicate) {
            err() << Cli::tr("skipped: %1").arg(outcome.error) << Qt::endl;
        } else {
            err() << outcome.error << Qt::endl;
            ++failed;
        }
    }
    return failed ? 1 : 0;
}

/// One claim with the article it belongs to, as the claims command reports it.
struct ClaimLine
{
    ArticleSummary article;
    Claim claim;
    CheckHints hints;
    QList<Evidence> evidence;
};

/// The claims of @p articles in order, with their check hints (read in the article's language).
QList<ClaimLine> readClaimLines(Project &project, const QList<ArticleSummary> &articles)
{
    QList<ClaimLine> lines;
    for (const ArticleSummary &summary : articles) {
        const auto article = project.article(summary.id);
        const QString language = article ? article->metadata.language : QString();
        QHash<Id, QList<Evidence>> evidence;
        for (const Evidence &item : project.articleEvidence(summary.id)) {
            evidence[item.claimId].append(item);
        }
        for (const Claim &claim : project.claims(summary.id)) {
            lines.append({summary, claim,
                          language.isEmpty() ? checkHints(claim.text) : checkHints(claim.text, language),
                          evidence.value(claim.id)});
        }
    }
    return lines;
}

/// An evidence item with every key always present: "" or null where its kind has no such value.
QJsonObject evidenceJson(const Evidence &item)
{
    const auto time = [](const QDateTime &at) {
        return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
    };
    QJsonValue file;
    if (item.kind == EvidenceKind::File) {
        file = QJsonObject{{QStringLiteral("name"), item.file.name},
                           {QStringLiteral("media_type"), item.file.mediaType},
                           {QStringLiteral("size"), item.file.size},
                           {QStringLiteral("sha256"), item.file.sha256},
                           {QStringLiteral("archived_at"), time(item.file.archivedAt)}};
    }
    return {{QStringLiteral("id"), item.id},
            {QStringLiteral("kind"), evidenceKindKey(item.kind)},
            {QStringLiteral("stance"), evidenceStanceKey(item.stance)},
            {QStringLiteral("title"), item.title},
            {QStringLiteral("url"), item.url},
            {QStringLiteral("accessed"),
             item.accessed.isValid() ? QJsonValue(item.accessed.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("note"), item.note},
            {QStringLiteral("file"), file},
            {QStringLiteral("linked_claim_id"), item.linkedClaimId ? QJsonValue(item.linkedClaimId) : QJsonValue()},
            {QStringLiteral("created_at"), time(item.created)}};
}

QJsonObject claimsJson(const QString &projectName, const QList<ClaimLine> &lines)
{
    // Names and texts go out exactly as stored: JSON is read by programs, and the encoder escapes what needs it.
    QJsonArray claims;
    for (const ClaimLine &line : lines) {
        QJsonArray evidence;
        for (const Evidence &item : line.evidence) {
            evidence.append(evidenceJson(item));
        }
        QJsonArray hints;
        const QString keys = checkHintKeys(line.hints);
        for (const QString &key : keys.split(u',', Qt::SkipEmptyParts)) {
            hints.append(key);
        }
        claims.append(QJsonObject{
            {QStringLiteral("article_id"), line.article.id},
            {QStringLiteral("article_title"), line.article.title},
            {QStringLiteral("source"), line.article.publication},
            {QStringLiteral("author"), line.article.author},
            {QStringLiteral("claim_id"), line.claim.id},
            {QStringLiteral("start"), line.claim.start},
            {QStringLiteral("end"), line.claim.end},
            {QStringLiteral("text"), line.claim.text},
            {QStringLiteral("kind"), unitKindKey(line.claim.kind)},
            {QStringLiteral("state"), verdictKey(line.claim.verdict)},
            {QStringLiteral("note"), line.claim.note},
            {QStringLiteral("hints"), hints},
            {QStringLiteral("worthiness"), checkWorthiness(line.hints)},
            {QStringLiteral("orphaned"), line.claim.orphaned},
            {QStringLiteral("credibility"), QJsonObject{{QStringLiteral("key"), credibilityKey(line.claim.credibility)},
                                                        {QStringLiteral("grade"), int(line.claim.credibility)}}},
            {QStringLiteral("evidence"), evidence}});
    }
    return {{QStringLiteral("project"), projectName}, {QStringLiteral("claims"), claims}};
}

/// The claims as a table for a terminal: a heading line per article, then a row per claim with its note below it.
void printClaimsTable(const QList<ClaimLine> &lines)
{
    // As in the summary: page text is concatenated, never passed through arg(), and its controls are shown written
    // out, so a title holding "%1" or a right-to-left override cannot take another column's text or turn the line.
    const TerminalColumns columns({{Cli::tr("Claim"), 7, Qt::AlignRight},
                                   {Cli::tr("Kind"), 10, Qt::AlignLeft},
                                   {Cli::tr("State"), 13, Qt::AlignLeft},
                                   {Cli::tr("Grade"), 5, Qt::AlignRight},
                                   {Cli::tr("Evidence"), 8, Qt::AlignRight},
                                   {Cli::tr("Hints"), 22, Qt::AlignLeft},
                                   {Cli::tr("Orphaned"), 8, Qt::AlignLeft}});
    // The note goes under the claim's text, indented as far as the text column starts.
    const QString noteIndent(columns.lastColumnStart(), u' ');

    out() << columns.headingLine(Cli::tr("Text")) << Qt::endl;
    Id article = 0;
    for (const ClaimLine &line : lines) {
        if (line.article.id != article) {
            article = line.article.id;
            const QString title = line.article.title.isEmpty() ? Cli::tr("(untitled)") : line.article.title;
            QString heading = Cli::tr("Article %1:").arg(article) + u' ' + withVisibleControls(title) + u" — " +
                              withVisibleControls(line.article.publication);
            if (!line.article.author.isEmpty()) {
                heading += u", " + withVisibleControls(line.article.author);
            }
            out() << Qt::endl << heading << Qt::endl;
        }
        const Claim &c = line.claim;
        out() << columns.line(
                     {QString::number(c.id), unitKindLabel(c.kind), verdictLabel(c.verdict),
                      c.credibility == Credibility::NotGraded ? QString() : QString::number(int(c.credibility)),
                      line.evidence.isEmpty() ? QString() : QString::number(line.evidence.size()),
                      checkHintKeys(line.hints).replace(u',', QStringLiteral(", ")),
                      c.orphaned ? Cli::tr("yes") : QString()},
                     withVisibleControls(c.text))
              << Qt::endl;
        // A note may run over several lines: each is shown on its own, indented, with its controls written out.
        for (const QString &noteLine : c.note.split(u'\n', Qt::SkipEmptyParts)) {
            out() << noteIndent << Cli::tr("Note:") << u' ' << withVisibleControls(noteLine) << Qt::endl;
        }
    }
}

int runClaims(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addOption(QCommandLineOption(QStringLiteral("json"), Cli::tr("Print JSON.")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("article"), Cli::tr("Only the claims of this article."), Cli::tr("ID")));
    if (!parse(parser, arguments, Cli::tr("Lists the claims of a project with their states, notes and hints."))) {
        return 2;
    }
    const QString usage = Cli::tr("usage: credence claims --db PATH [--json] [--article ID]");
    if (!parser.positionalArguments().isEmpty()) {
        err() << usage << Qt::endl;
        return 2;
    }
    std::optional<Id> only;
    if (parser.isSet(QStringLiteral("article"))) {
        bool ok = false;
        const QString value = parser.value(QStringLiteral("article"));
        const Id id = value.toLongLong(&ok);
        if (!ok || id <= 0) {
            err() << Cli::tr("--article takes an article's number, such as 12; '%1' is not one.").arg(value) << Qt::endl
                  << usage << Qt::endl;
            return 2;
        }
        only = id;
    }
    Project project;
    if (const int code = openExisting(project, parser.value(QStringLiteral("db")))) {
        return code;
    }
    const int errors = project.errorCount();
    QList<ArticleSummary> articles;
    if (only) {
        const auto article = project.articleSummary(*only);
        if (!article) {
            if (const int code = readsSucceeded(project, errors)) {
                return code;
            }
            err() << Cli::tr("There is no article %1 in %2.")
                         .arg(QString::number(*only), QDir::toNativeSeparators(project.path()))
                  << Qt::endl;
            return 1;
        }
        articles.append(*article);
    } else {
        articles = project.articles();
    }
    const QList<ClaimLine> lines = readClaimLines(project, articles);
    if (const int code = readsSucceeded(project, errors)) {
        return code;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        out() << QString::fromUtf8(
            QJsonDocument(claimsJson(project.displayName(), lines)).toJson(QJsonDocument::Indented));
        return 0;
    }
    printClaimsTable(lines);
    return 0;
}

/// A claim's number from @p option, or 0 (having said why) when it is not one.
Id claimNumber(const QCommandLineParser &parser, const QString &option, const QString &usage)
{
    bool ok = false;
    const QString value = parser.value(option);
    const Id id = value.toLongLong(&ok);
    if (!ok || id <= 0) {
        err() << Cli::tr("--%1 takes a claim's number, such as 12; '%2' is not one.").arg(option, value) << Qt::endl
              << usage << Qt::endl;
        return 0;
    }
    return id;
}

QJsonArray figurePairsJson(const QList<FigurePair> &pairs)
{
    QJsonArray array;
    for (const FigurePair &pair : pairs) {
        array.append(QJsonArray{pair.first, pair.second});
    }
    return array;
}

int runSimilar(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addOption(QCommandLineOption(QStringLiteral("json"), Cli::tr("Print JSON.")));
    parser.addOption(QCommandLineOption(QStringLiteral("claim"), Cli::tr("The claim to look for."), Cli::tr("ID")));
    parser.addOption(QCommandLineOption(QStringLiteral("limit"), Cli::tr("At most this many claims (20)."),
                                        Cli::tr("N"), QStringLiteral("20")));
    if (!parse(parser, arguments, Cli::tr("Lists the claims of other articles that may say the same as a claim."))) {
        return 2;
    }
    const QString usage = Cli::tr("usage: credence similar --db PATH --claim ID [--limit N] [--json]");
    if (!parser.positionalArguments().isEmpty() || !parser.isSet(QStringLiteral("claim"))) {
        err() << usage << Qt::endl;
        return 2;
    }
    const Id claimId = claimNumber(parser, QStringLiteral("claim"), usage);
    bool limitOk = false;
    const int limit = parser.value(QStringLiteral("limit")).toInt(&limitOk);
    if (claimId == 0) {
        return 2;
    }
    if (!limitOk || limit <= 0) {
        err() << Cli::tr("--limit takes a number above 0.") << Qt::endl << usage << Qt::endl;
        return 2;
    }
    Project project;
    if (const int code = openExisting(project, parser.value(QStringLiteral("db")))) {
        return code;
    }
    const int errors = project.errorCount();
    const std::optional<Claim> claim = project.claim(claimId);
    if (!claim) {
        if (const int code = readsSucceeded(project, errors)) {
            return code;
        }
        err() << Cli::tr("There is no claim %1 in %2.")
                     .arg(QString::number(claimId), QDir::toNativeSeparators(project.path()))
              << Qt::endl;
        return 1;
    }
    const QList<SimilarClaim> similar = project.similarClaims(claimId, limit);
    if (const int code = readsSucceeded(project, errors)) {
        return code;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray items;
        for (const SimilarClaim &item : similar) {
            items.append(QJsonObject{
                {QStringLiteral("claim"), item.claim.claimId},
                {QStringLiteral("article"), item.claim.articleId},
                {QStringLiteral("source"), item.claim.sourceName},
                {QStringLiteral("text"), item.claim.text},
                {QStringLiteral("state"), verdictKey(item.claim.verdict)},
                {QStringLiteral("score"), std::round(item.similarity.score * 1000) / 1000},
                {QStringLiteral("shared_names"), QJsonArray::fromStringList(item.similarity.sharedNames)},
                {QStringLiteral("figures_agree"), figurePairsJson(item.similarity.agreeing)},
                {QStringLiteral("figures_differ"), figurePairsJson(item.similarity.differing)},
            });
        }
        out() << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("claim"), claimId},
                                                             {QStringLiteral("text"), claim->text},
                                                             {QStringLiteral("similar"), items}})
                                       .toJson(QJsonDocument::Indented));
        return 0;
    }
    // Page text is concatenated, never passed through arg(), with its controls written out (as in the claims table).
    out() << Cli::tr("Claim %1:").arg(claimId) << u' ' << withVisibleControls(claim->text) << Qt::endl << Qt::endl;
    const TerminalColumns columns({{Cli::tr("Score"), 5, Qt::AlignRight},
                                   {Cli::tr("Claim"), 7, Qt::AlignRight},
                                   {Cli::tr("Article"), 7, Qt::AlignRight},
                                   {Cli::tr("Source"), 20, Qt::AlignLeft},
                                   {Cli::tr("State"), 13, Qt::AlignLeft}});
    const QString indent(columns.lastColumnStart(), u' ');
    out() << columns.headingLine(Cli::tr("Text")) << Qt::endl;
    for (const SimilarClaim &item : similar) {
        out() << columns.line({QString::number(item.similarity.score, 'f', 2), QString::number(item.claim.claimId),
                               QString::number(item.claim.articleId),
                               item.claim.sourceName.isEmpty() ? Cli::tr("(unassigned)")
                                                               : withVisibleControls(item.claim.sourceName),
                               verdictLabel(item.claim.verdict)},
                              withVisibleControls(item.claim.text))
              << Qt::endl;
        for (const FigurePair &pair : item.similarity.differing) {
            out() << indent << Cli::tr("Figures differ:") << u' ' << withVisibleControls(pair.first) << u" / "
                  << withVisibleControls(pair.second) << Qt::endl;
        }
    }
    return 0;
}

int runExportPdf(const QStringList &arguments, const ReportChartPainter &charts)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addOption({QStringLiteral("source"),
                      Cli::tr("Report on this source only (by name; repeat for several). Default: every source."),
                      Cli::tr("NAME")});
    parser.addOption({QStringLiteral("list-not-checked"),
                      Cli::tr("List the claims not checked yet under their articles (else they are counted).")});
    parser.addOption(
        {QStringLiteral("paper"), Cli::tr("a4 or letter (default: what the locale uses)."), QStringLiteral("SIZE")});
    parser.addPositionalArgument(QStringLiteral("out"), Cli::tr("The PDF to write."), Cli::tr("OUT.pdf"));
    if (!parse(parser, arguments, Cli::tr("Writes the reliability report as PDF."))) {
        return 2;
    }
    const QString paper = parser.value(QStringLiteral("paper")).toLower();
    if (parser.positionalArguments().size() != 1 || (!paper.isEmpty() && paper != u"a4" && paper != u"letter")) {
        err() << Cli::tr("usage: credence export-pdf --db PATH [--source NAME]... [--list-not-checked] "
                         "[--paper a4|letter] OUT.pdf")
              << Qt::endl;
        return 2;
    }
    Project project;
    if (const int code = openExisting(project, parser.value(QStringLiteral("db")))) {
        return code;
    }
    ReportOptions options;
    options.listNotChecked = parser.isSet(QStringLiteral("list-not-checked"));
    if (!paper.isEmpty()) {
        options.pageSize = paper == u"letter" ? QPageSize::Letter : QPageSize::A4;
    }
    const QList<Source> sources = project.sources();
    for (const QString &name : parser.values(QStringLiteral("source"))) {
        const auto found = std::find_if(sources.cbegin(), sources.cend(), [&name](const Source &source) {
            return source.name.compare(name, Qt::CaseInsensitive) == 0;
        });
        if (found == sources.cend()) {
            err() << Cli::tr("No source is called %1.").arg(name) << Qt::endl;
            return 1;
        }
        options.sources.append(found->id);
    }
    PdfReport report(project, options);
    report.setChartPainter(charts);
    const int errors = project.errorCount();
    if (!report.write(parser.positionalArguments().first())) {
        err() << report.lastError() << Qt::endl;
        return 1;
    }
    out() << Cli::tr("Wrote %n page(s).", nullptr, report.pageCount()) << Qt::endl;
    return readsSucceeded(project, errors);
}

int runDetails(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    const QList<std::pair<QString, QString ProjectDetails::*>> fields = {
        {QStringLiteral("title"), &ProjectDetails::title},
        {QStringLiteral("author"), &ProjectDetails::author},
        {QStringLiteral("scope"), &ProjectDetails::scope},
        {QStringLiteral("publisher"), &ProjectDetails::publisherName},
        {QStringLiteral("url"), &ProjectDetails::publisherUrl},
    };
    parser.addOption(
        {QStringLiteral("title"), Cli::tr("The report's title (empty: the file's name)."), Cli::tr("TEXT")});
    parser.addOption({QStringLiteral("author"), Cli::tr("Who prepared the report."), Cli::tr("TEXT")});
    parser.addOption({QStringLiteral("scope"), Cli::tr("What was checked."), Cli::tr("TEXT")});
    parser.addOption({QStringLiteral("publisher"), Cli::tr("Who publishes the fact-checks."), Cli::tr("NAME")});
    parser.addOption({QStringLiteral("url"), Cli::tr("The publisher's web address."), QStringLiteral("URL")});
    if (!parse(parser, arguments,
               Cli::tr("Shows the project's details (the report's cover, the fact-checks' publisher); with options, "
                       "sets them first."))) {
        return 2;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err() << Cli::tr("usage: credence details --db PATH [--title TEXT] [--author TEXT] [--scope TEXT] "
                         "[--publisher NAME] [--url URL]")
              << Qt::endl;
        return 2;
    }
    Project project;
    if (const int code = openExisting(project, parser.value(QStringLiteral("db")))) {
        return code;
    }
    ProjectDetails details = project.details();
    bool change = false;
    for (const auto &[name, field] : fields) {
        if (parser.isSet(name)) {
            details.*field = parser.value(name).trimmed();
            change = true;
        }
    }
    if (change && !project.setDetails(details)) {
        err() << project.lastError() << Qt::endl;
        return 1;
    }
    const ProjectDetails stored = project.details();
    for (const auto &[name, field] : fields) {
        out() << name << ": " << stored.*field << Qt::endl;
    }
    return 0;
}

int runExportCsv(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addPositionalArgument(QStringLiteral("out"), Cli::tr("The CSV file to write."), Cli::tr("OUT.csv"));
    if (!parse(parser, arguments, Cli::tr("Writes every claim with its article, state, note and evidence as CSV."))) {
        return 2;
    }
    if (parser.positionalArguments().size() != 1) {
        err() << Cli::tr("usage: credence export-csv --db PATH OUT.csv") << Qt::endl;
        return 2;
    }
    Project project;
    if (const int code = openExisting(project, parser.value(QStringLiteral("db")))) {
        return code;
    }
    ClaimsCsv csv(project);
    if (!csv.write(parser.positionalArguments().first())) {
        err() << csv.lastError() << Qt::endl;
        return 1;
    }
    return 0;
}

int runExportClaimReview(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addOption({QStringLiteral("publisher"),
                      Cli::tr("Who publishes the fact-checks (the reviews' author); default: the project's."),
                      Cli::tr("NAME")});
    parser.addOption({QStringLiteral("url"),
                      Cli::tr("The page the fact-checks are published on; each review is URL#claim-ID."),
                      QStringLiteral("URL")});
    parser.addPositionalArgument(QStringLiteral("out"), Cli::tr("The JSON-LD file to write."), Cli::tr("OUT.json"));
    if (!parse(parser, arguments,
               Cli::tr("Writes every corroborated or contradicted claim as schema.org ClaimReview JSON-LD."))) {
        return 2;
    }
    if (parser.positionalArguments().size() != 1) {
        err() << Cli::tr("usage: credence export-claimreview --db PATH [--publisher NAME] [--url URL] OUT.json")
              << Qt::endl;
        return 2;
    }
    Project project;
    if (const int code = openExisting(project, parser.value(QStringLiteral("db")))) {
        return code;
    }
    // Without the options, the publisher set in the project (credence details, File › Project Details).
    const ProjectDetails details = project.details();
    ClaimReviewExport reviews(
        project,
        {parser.isSet(QStringLiteral("publisher")) ? parser.value(QStringLiteral("publisher")) : details.publisherName,
         parser.isSet(QStringLiteral("url")) ? parser.value(QStringLiteral("url")) : details.publisherUrl});
    if (!reviews.write(parser.positionalArguments().first())) {
        err() << reviews.lastError() << Qt::endl;
        return 1;
    }
    out() << Cli::tr("Wrote %n review(s).", nullptr, reviews.count()) << Qt::endl;
    return 0;
}

int runExportJson(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addPositionalArgument(QStringLiteral("out"), Cli::tr("The JSON file to write."), Cli::tr("OUT.json"));
    if (!parse(parser, arguments,
               Cli::tr("Writes the whole project as JSON, which import-json makes into the same project again."))) {
        return 2;
    }
    if (parser.positionalArguments().size() != 1) {
        err() << Cli::tr("usage: credence export-json --db PATH OUT.json") << Qt::endl;
        return 2;
    }
    Project project;
    if (const int code = openExisting(project, parser.value(QStringLiteral("db")))) {
        return code;
    }
    project.checkpoint();
    ProjectJson json;
    if (!json.write(project.path(), parser.positionalArguments().first())) {
        err() << json.lastError() << Qt::endl;
        return 1;
    }
    out() << Cli::tr("Wrote %n row(s).", nullptr, int(std::min<qint64>(json.rows(), INT_MAX))) << Qt::endl;
    return 0;
}

int runImportJson(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addPositionalArgument(QStringLiteral("in"), Cli::tr("A project exported with export-json."),
                                 Cli::tr("IN.json"));
    if (!parse(parser, arguments, Cli::tr("Makes a new project (--db, which must not exist) from a JSON export."))) {
        return 2;
    }
    const QString path = parser.value(QStringLiteral("db"));
    if (parser.positionalArguments().size() != 1 || path.isEmpty()) {
        err() << Cli::tr("usage: credence import-json --db NEW.credence IN.json") << Qt::endl;
        return 2;
    }
    ProjectJson json;
    if (!json.read(parser.positionalArguments().first(), path)) {
        err() << json.lastError() << Qt::endl;
        return 1;
    }
    // Opened once for writing: the search index, origins and signals are built as for any project.
    Project project;
    if (!project.open(path, {OpenMode::Existing})) {
        err() << project.lastError() << Qt::endl;
        return 1;
    }
    out() << Cli::tr("Made %1 with %n row(s).", nullptr, int(std::min<qint64>(json.rows(), INT_MAX))).arg(path)
          << Qt::endl;
    return 0;
}

int runRecover(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addPositionalArgument(QStringLiteral("out"), Cli::tr("The new project for what can be read."),
                                 Cli::tr("RECOVERED.credence"));
    if (!parse(parser, arguments,
               Cli::tr("Copies everything that can still be read of a damaged project into a new project."))) {
        return 2;
    }
    if (parser.positionalArguments().size() != 1) {
        err() << Cli::tr("usage: credence recover --db PATH RECOVERED.credence") << Qt::endl;
        return 2;
    }
    const QString target = parser.positionalArguments().first();
    if (lookUpPath(target).found()) {
        err() << Cli::tr("%1 exists already; name a new file for the recovered project.").arg(target) << Qt::endl;
        return 1;
    }
    Project project;
    if (const int code = openExisting(project, parser.value(QStringLiteral("db")), true)) {
        return code;
    }
    RecoveryReport report;
    if (!project.saveRecoveredCopy(target, &report)) {
        err() << project.lastError() << Qt::endl;
        return 1;
    }
    out() << Cli::tr("Saved %1.").arg(target) << Qt::endl << report.summary() << Qt::endl;
    return 0;
}

int runExtract(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(QStringLiteral("json"), Cli::tr("Print JSON.")));
    parser.addPositionalArgument(QStringLiteral("files"), Cli::tr("Pages or text files to read."), Cli::tr("FILE..."));
    if (!parse(parser, arguments, Cli::tr("Prints what would be imported from each file, without storing anything."))) {
        return 2;
    }
    if (parser.positionalArguments().isEmpty()) {
        err() << Cli::tr("usage: credence extract [--json] FILE...") << Qt::endl;
        return 2;
    }
    QJsonArray results;
    int failed = 0;
    for (const QString &path : parser.positionalArguments()) {
        const ExtractResult extracted = extractFile(path);
        if (!extracted.article) {
            err() << extracted.error << Qt::endl;
            ++failed;
            continue;
        }
        const ImportedArticle &a = *extracted.article;
        for (const QString &warning : a.warnings) {
            err() << Cli::tr("warning: %1").arg(warning) << Qt::endl;
        }
        const auto orNull = [](const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
        const QJsonObject o{
            {QStringLiteral("file"), path},
            {QStringLiteral("title"), orNull(a.metadata.title)},
            {QStringLiteral("author"), orNull(a.metadata.author)},
            {QStringLiteral("published"), orNull(a.metadata.published.toString(Qt::ISODate))},
            {QStringLiteral("publication"), orNull(a.metadata.publication)},
            {QStringLiteral("original_source"), orNull(a.originalSource)},
            {QStringLiteral("language"), orNull(a.language)},
            {QStringLiteral("url"), orNull(a.metadata.url)},
            {QStringLiteral("standfirst"), orNull(a.standfirst)},
            {QStringLiteral("body"), a.body},
        };
        if (parser.isSet(QStringLiteral("json"))) {
            results.append(o);
        } else {
            for (const char *key :
                 {"title", "author", "published", "publication", "original_source", "language", "url", "standfirst"}) {
                out() << QString::fromLatin1(key) << QStringLiteral(": ")
                      << o.value(QString::fromLatin1(key)).toString() << Qt::endl;
            }
            out() << Qt::endl << a.body << Qt::endl << Qt::endl;
        }
    }
    if (parser.isSet(QStringLiteral("json"))) {
        out() << QString::fromUtf8(QJsonDocument(results).toJson(QJsonDocument::Indented));
    }
    return failed ? 1 : 0;
}

/// Edits (insertions, deletions, substitutions, swaps of two neighbours) that turn @p a into @p b: the optimal
/// string alignment distance, so "improt" is one edit from "import".
qsizetype editDistance(QStringView a, QStringView b)
{
    QList<QList<qsizetype>> d(a.size() + 1, QList<qsizetype>(b.size() + 1, 0));
    for (qsizetype i = 0; i <= a.size(); ++i) {
        d[i][0] = i;
    }
    for (qsizetype j = 0; j <= b.size(); ++j) {
        d[0][j] = j;
    }
    for (qsizetype i = 1; i <= a.size(); ++i) {
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const qsizetype cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1)) {
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
            }
        }
    }
    return d[a.size()][b.size()];
}

/// The command @p word was probably meant to be, or an empty string when none is close enough to suggest.
QString nearestCommand(const QString &word)
{
    const QString lower = word.toLower();
    QString best;
    qsizetype bestDistance = 0;
    for (const QString &command : commandNames()) {
        // "export" for "export-pdf": a leading part of a command is as good as one edit away.
        const qsizetype distance = lower.size() >= 3 && command.startsWith(lower) ? 1 : editDistance(lower, command);
        if (best.isEmpty() || distance < bestDistance) {
            best = command;
            bestDistance = distance;
        }
    }
    // A third of the word may be wrong, and at least one letter: "frobnicate" is no command misspelled.
    return bestDistance <= std::max<qsizetype>(1, lower.size() / 3) ? best : QString();
}

int reportUnknownCommand(const QString &command)
{
    const QString suggestion = nearestCommand(command);
    if (suggestion.isEmpty()) {
        err() << Cli::tr("Unknown command '%1'. See credence --help.").arg(command) << Qt::endl;
    } else {
        err() << Cli::tr("Unknown command '%1'. Did you mean '%2'? See credence --help.").arg(command, suggestion)
              << Qt::endl;
    }
    return 2;
}

} // namespace

bool isBatchCommand(const QStringList &arguments)
{
    return arguments.size() > 1 && (commandNames().contains(arguments.at(1)) || isMistypedCommand(arguments.at(1)));
}

bool isMistypedCommand(const QString &argument)
{
    // What the workbench takes is a project: an existing file, or at least a path or a name ending in .credence.
    // A bare word that is none of these was meant as a command, and must not become a new project of that name.
    return !argument.isEmpty() && !argument.startsWith(u'-') && !argument.contains(u'/') &&
           !argument.endsWith(QLatin1String(".credence"), Qt::CaseInsensitive) && !QFileInfo::exists(argument);
}

int runBatchCommand(const QStringList &arguments, const BatchServices &services)
{
    // QCommandLineParser wants the program name first; drop the command word after it.
    QStringList rest = arguments;
    const QString command = rest.takeAt(1);
    int code = 2;
    if (command == QLatin1String("import")) {
        code = runImport(rest);
    } else if (command == QLatin1String("summary")) {
        code = runSummary(rest);
    } else if (command == QLatin1String("claims")) {
        code = runClaims(rest);
    } else if (command == QLatin1String("export-pdf")) {
        code = runExportPdf(rest, services.reportCharts);
    } else if (command == QLatin1String("export-csv")) {
        code = runExportCsv(rest);
    } else if (command == QLatin1String("export-claimreview")) {
        code = runExportClaimReview(rest);
    } else if (command == QLatin1String("extract")) {
        code = runExtract(rest);
    } else if (command == QLatin1String("recover")) {
        code = runRecover(rest);
    } else if (command == QLatin1String("similar")) {
        code = runSimilar(rest);
    } else if (command == QLatin1String("details")) {
        code = runDetails(rest);
    } else if (command == QLatin1String("export-json")) {
        code = runExportJson(rest);
    } else if (command == QLatin1String("import-json")) {
        code = runImportJson(rest);
    } else {
        code = reportUnknownCommand(command);
    }
    out().flush();
    err().flush();
    return code;
}

} // namespace Credence::Core
