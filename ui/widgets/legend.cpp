#include "legend.h"

#include "domain/verdict.h"
#include "highlight/articlehighlighter.h"
#include "style/verdictstyle.h"

#include <QAbstractTextDocumentLayout>
#include <QEvent>
#include <QTextBlock>
#include <QTextBlockFormat>
#include <QTextCursor>
#include <QUrl>

namespace Credence::Ui {

Legend::Legend(QWidget *parent)
    : QTextEdit(parent)
{
    setObjectName(QStringLiteral("legend"));
    setAccessibleName(tr("Legend"));
    setAccessibleDescription(tr("How each claim state and each cue looks in the article text."));
    setReadOnly(true);
    setFocusPolicy(Qt::NoFocus);
    setTextInteractionFlags(Qt::NoTextInteraction);
    setFrameShape(QFrame::NoFrame);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setBackgroundRole(QPalette::Window);
    viewport()->setBackgroundRole(QPalette::Window);
    document()->setDocumentMargin(6);
    QStringList tips;
    for (const Core::Verdict verdict : Core::allVerdicts()) {
        tips.append(Core::verdictLabel(verdict) + QStringLiteral(": ") + Core::verdictDescription(verdict));
    }
    setToolTip(QStringLiteral("<p style='white-space:pre'>") + tips.join(QLatin1Char('\n')).toHtmlEscaped() +
               QStringLiteral("</p>"));
    rebuild();
}

void Legend::rebuild()
{
    delete m_highlighter;
    m_highlighter = nullptr;
    clear();
    QTextCursor cursor(document());
    QTextCharFormat plain;
    plain.setForeground(palette().color(QPalette::WindowText));
    QTextBlockFormat states;
    states.setNonBreakableLines(true);
    cursor.setBlockFormat(states);
    cursor.insertText(tr("Claims:"), plain);
    const QList<Core::Verdict> verdicts = Core::allVerdicts();
    for (qsizetype i = 0; i < verdicts.size(); ++i) {
        const Core::Verdict verdict = verdicts.at(i);
        if (i > 0 && i % m_statesPerLine == 0) {
            cursor.insertText(QString(QChar::LineSeparator), plain);
        }
        const QString name = QStringLiteral("verdict:") + Core::verdictKey(verdict);
        const int size = fontMetrics().height();
        document()->addResource(QTextDocument::ImageResource, QUrl(name),
                                VerdictStyle::icon(verdict, palette()).pixmap(size, size).toImage());
        cursor.insertText(QStringLiteral("\u2003"), plain);
        QTextImageFormat image;
        image.setName(name);
        image.setWidth(size);
        image.setHeight(size);
        image.setVerticalAlignment(QTextCharFormat::AlignMiddle);
        cursor.insertImage(image);
        cursor.insertText(QStringLiteral("\u00a0"), plain);
        QTextCharFormat sample = VerdictStyle::textFormat(verdict, palette());
        sample.setForeground(palette().color(QPalette::WindowText));
        cursor.insertText(Core::verdictLabel(verdict), sample);
    }
    // The cue samples are highlighted by the article highlighter itself.
    cursor.insertBlock(QTextBlockFormat());
    //: Keep the sample words and the quotes: the highlighter marks them (its word lists are English).
    cursor.insertText(tr("Cues: said (attribution) · reportedly (hedge) · largest (superlative) · 42 (figure) · "
                         "“in quotes” (quotation) · headings in bold"),
                      plain);
    m_highlighter = new ArticleHighlighter(document());
    m_highlighter->updateTheme(palette());
    m_highlighter->rehighlight();
    updateGeometry();
}

QSize Legend::sizeHint() const
{
    const int height = int(document()->size().height()) + 2 * frameWidth();
    return {QTextEdit::sizeHint().width(), std::max(height, fontMetrics().height() * 2)};
}

void Legend::changeEvent(QEvent *event)
{
    QTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange ||
        event->type() == QEvent::FontChange) {
        m_statesWidth.clear();
        rebuild();
    }
}

int Legend::statesPerLine()
{
    // Measured, not estimated: the states are laid out at 4 and at 2 a line once, and their widest line kept.
    const int chosen = m_statesPerLine;
    const qreal room = viewport()->width();
    int fitting = 1;
    for (const int perLine : {4, 2}) {
        if (!m_statesWidth.contains(perLine)) {
            m_statesPerLine = perLine;
            rebuild();
            const QTextBlock states = document()->firstBlock();
            qreal widest = 0;
            for (int i = 0; i < states.layout()->lineCount(); ++i) {
                widest = std::max(widest, states.layout()->lineAt(i).naturalTextWidth());
            }
            m_statesWidth.insert(perLine, widest + 2 * document()->documentMargin());
        }
        if (m_statesWidth.value(perLine) <= room) {
            fitting = perLine;
            break;
        }
    }
    if (m_statesPerLine != chosen) {
        m_statesPerLine = chosen;
        rebuild();
    }
    return fitting;
}

void Legend::resizeEvent(QResizeEvent *event)
{
    QTextEdit::resizeEvent(event);
    if (const int perLine = statesPerLine(); perLine != m_statesPerLine) {
        m_statesPerLine = perLine;
        rebuild();
    }
    // The text wraps to the new width: the height follows it.
    document()->setTextWidth(viewport()->width());
    setFixedHeight(int(document()->size().height()) + 2 * frameWidth());
}

} // namespace Credence::Ui
