#pragma once
// What the batch commands (cli.cpp, summarycommand.cpp) share: their translation context, the output streams, the
// --db option, opening a project to read it, and tables for a terminal.

#include "terminaltext.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QTextStream>

#include <algorithm>

namespace Credence::Core {

class Project;

/// The translation context of the batch commands' messages.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Credence::Core::Cli)
};

namespace CliSupport {

/// Standard output and error as text streams (one each for the whole process).
QTextStream &out();
QTextStream &err();

QCommandLineOption dbOption();
/// Parses a subcommand's own options; returns false (having printed why) when they are wrong.
bool parse(QCommandLineParser &parser, const QStringList &arguments, const QString &description);
/// What to tell about a damaged project instead of figures that would leave out what cannot be read.
QString damagedMessage(Project &project);
/// Opens the project @p path names for reading; 0, or the exit code after saying why not (2 when no path was given,
/// 1 when it cannot be opened or is damaged, unless @p allowDamaged).
int openExisting(Project &project, const QString &path, bool allowDamaged = false);
/// 0 when every read since @p errorsBefore succeeded, else 1 after saying so: figures from a partial read are wrong.
int readsSucceeded(Project &project, int errorsBefore);

/// Fixed columns of a table for a terminal, then a last column that takes the rest of the line. Widths are terminal
/// cells, so wide characters keep the columns too; cells are concatenated, never passed through arg().
class TerminalColumns
{
public:
    struct Column
    {
        QString heading;
        int width;
        Qt::Alignment alignment;
    };

    explicit TerminalColumns(QList<Column> columns)
        : m_columns(std::move(columns))
    {
        for (Column &column : m_columns) {
            column.width = std::max(column.width, terminalWidth(column.heading));
        }
    }

    QString line(const QStringList &cells, const QString &last) const
    {
        QString text;
        for (qsizetype i = 0; i < m_columns.size(); ++i) {
            text += fittedToWidth(cells.at(i), m_columns.at(i).width, m_columns.at(i).alignment) + u"  ";
        }
        return text + last;
    }

    QString headingLine(const QString &last) const
    {
        QStringList headings;
        for (const Column &column : m_columns) {
            headings.append(column.heading);
        }
        return line(headings, last);
    }

    /// Where the last column starts, in terminal cells.
    int lastColumnStart() const
    {
        int start = 0;
        for (const Column &column : m_columns) {
            start += column.width + 2;
        }
        return start;
    }

private:
    QList<Column> m_columns;
};

} // namespace CliSupport

} // namespace Credence::Core
