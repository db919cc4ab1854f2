#pragma once
// Reading a PDF back as a person's tools would (poppler-utils): its text, its document information and its outline.

#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <utility>

namespace Credence::Test {

/// The output of poppler's @p tool run with @p arguments; empty when it fails.
inline QString popplerOutput(const QString &tool, const QStringList &arguments)
{
    QProcess process;
    process.start(tool, arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning("%s failed: %s", qPrintable(tool), process.readAllStandardError().constData());
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

/// The PDF's text; -layout keeps a table row on one line.
inline QString pdfText(const QString &pdf, bool layout = true)
{
    QStringList arguments;
    if (layout) {
        arguments << QStringLiteral("-layout");
    }
    arguments << QStringLiteral("-enc") << QStringLiteral("UTF-8") << pdf << QStringLiteral("-");
    return popplerOutput(QStringLiteral("pdftotext"), arguments);
}

/// One line of pdfinfo, such as "Title" or "Pages", without its label.
inline QString pdfInfo(const QString &pdf, const QString &field)
{
    const QString info =
        popplerOutput(QStringLiteral("pdfinfo"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf});
    const QRegularExpression line(QStringLiteral("^") + QRegularExpression::escape(field) +
                                      QStringLiteral(":\\s*(.*)$"),
                                  QRegularExpression::MultilineOption);
    return line.match(info).captured(1).trimmed();
}

/// The outline (bookmarks) of the PDF: each entry's title with the page (1-based) it leads to, in order, as
/// pdftohtml reads them.
inline QList<std::pair<QString, int>> pdfOutline(const QString &pdf)
{
    const QString xml = popplerOutput(
        QStringLiteral("pdftohtml"), {QStringLiteral("-xml"), QStringLiteral("-i"), QStringLiteral("-q"),
                                      QStringLiteral("-stdout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf});
    static const QRegularExpression item(QStringLiteral("<item page=\"(\\d+)\">([^<]*)</item>"));
    QList<std::pair<QString, int>> outline;
    for (QRegularExpressionMatchIterator it = item.globalMatch(xml); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        QString title = m.captured(2);
        title.replace(QStringLiteral("&lt;"), QStringLiteral("<"))
            .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
            .replace(QStringLiteral("&quot;"), QStringLiteral("\""))
            .replace(QStringLiteral("&#39;"), QStringLiteral("'"))
            .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
        outline.append({title, m.captured(1).toInt()});
    }
    return outline;
}

} // namespace Credence::Test
