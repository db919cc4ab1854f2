#pragma once

#include <QCoreApplication>
#include <QString>

class QIODevice;

namespace Credence::Core {

class Project;

/// Every claim of a project as CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheets read it as UTF-8), one
/// row per claim in article order, for a spreadsheet or a script:
///
/// article_id, article_title, source, author, published, article_url, claim_id, claim, state, credibility, note,
/// evidence_count, evidence_urls (one per line), orphaned.
///
/// State and credibility are the stable keys of `credence claims --json` ("corroborated", "1-confirmed"). A cell
/// that a spreadsheet would run as a formula (it begins with =, +, -, @, a tab or a carriage return: page text can)
/// gets a leading apostrophe, so it is shown as text.
class ClaimsCsv
{
    Q_DECLARE_TR_FUNCTIONS(Credence::Core::ClaimsCsv)

public:
    explicit ClaimsCsv(Project &project)
        : m_project(project)
    {}

    bool write(QIODevice *device);
    /// Writes aside and renames into place; refuses (see lastError()) the open project or any other Credence project
    /// as @p path.
    bool write(const QString &path);
    QString lastError() const { return m_lastError; }
    /// Rows written by the last write(), the heading not counted.
    int rows() const { return m_rows; }

    /// @p text as one CSV field: quoted when it holds a comma, quote or line break, defused when a spreadsheet
    /// would take it for a formula.
    static QString field(const QString &text);

private:
    Project &m_project;
    QString m_lastError;
    int m_rows = 0;
};

} // namespace Credence::Core
