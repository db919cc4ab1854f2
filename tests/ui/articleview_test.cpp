// How the article text shows claims, on a light and on a dark palette: each state by its own underline form and a
// colour readable on the base, never in a cue's hue; the space between two claims left clear; headings in bold; a
// legend naming every state.

#include "domain/article.h"
#include "highlight/articlehighlighter.h"
#include "style/palettes.h"
#include "style/verdictstyle.h"
#include "widgets/articleview.h"
#include "widgets/legend.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace Credence;

namespace {

/// WCAG contrast ratio of two colours.
double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a) + 0.05;
    const double lb = luminance(b) + 0.05;
    return std::max(la, lb) / std::min(la, lb);
}

int hueDistance(int a, int b)
{
    const int d = std::abs(a - b) % 360;
    return std::min(d, 360 - d);
}

const QString body = QStringLiteral("Harbour Bridge Reopens\n\n"
                                    "The bridge reopened on Monday. The council paid for it. "
                                    "Repairs took nine weeks. Traffic is back to normal.");

Core::Claim claim(const QString &text, Core::Verdict verdict)
{
    Core::Claim c;
    c.start = int(body.indexOf(text));
    c.end = c.start + int(text.size());
    c.text = text;
    c.verdict = verdict;
    return c;
}

} // namespace

class ArticleViewTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void statesHaveTheirOwnFormAndReadableColour_data();
    void statesHaveTheirOwnFormAndReadableColour();
    void legendKeepsEachIconWithItsName_data();
    void legendKeepsEachIconWithItsName();
    void notCheckedIconShowsOnASelectedRow();

private:
    QPalette m_light;
};

void ArticleViewTest::initTestCase()
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    m_light = QApplication::style()->standardPalette();
}

void ArticleViewTest::statesHaveTheirOwnFormAndReadableColour_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void ArticleViewTest::statesHaveTheirOwnFormAndReadableColour()
{
    QFETCH(bool, dark);
    const QPalette palette = dark ? Ui::darkPalette() : m_light;
    QApplication::setPalette(palette);
    QCOMPARE(Ui::VerdictStyle::isDark(palette), dark);

    // Two neighbours in the same state, then each other state.
    const QList<Core::Claim> claims = {
        claim(QStringLiteral("The bridge reopened on Monday."), Core::Verdict::Corroborated),
        claim(QStringLiteral("The council paid for it."), Core::Verdict::Corroborated),
        claim(QStringLiteral("Repairs took nine weeks."), Core::Verdict::Contradicted),
        claim(QStringLiteral("Traffic is back to normal."), Core::Verdict::Unverifiable),
    };
    Ui::ArticleView view;
    view.resize(600, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setArticle(body, claims);

    const QList<QTextEdit::ExtraSelection> selections = view.extraSelections();
    QCOMPARE(selections.size(), claims.size());
    QSet<int> styles;
    for (int i = 0; i < claims.size(); ++i) {
        const QTextEdit::ExtraSelection &s = selections.at(i);
        // Exactly the claim's characters: the space between the two corroborated claims is not marked.
        QCOMPARE(s.cursor.selectionStart(), claims.at(i).start);
        QCOMPARE(s.cursor.selectionEnd(), claims.at(i).end);
        QCOMPARE(s.format.underlineStyle(), Ui::VerdictStyle::underline(claims.at(i).verdict));
        styles.insert(s.format.underlineStyle());
        const QColor colour = s.format.underlineColor();
        QVERIFY2(contrast(colour, palette.color(QPalette::Base)) >= 3.0,
                 qPrintable(Core::verdictKey(claims.at(i).verdict)));
    }
    QCOMPARE(styles.size(), 3); // solid, wavy, dotted: one form per state, not colour alone
    QCOMPARE(Ui::VerdictStyle::underline(Core::Verdict::NotChecked), QTextCharFormat::NoUnderline);

    // The cues the highlighter marks never take a state's hue.
    QTextDocument cues;
    cues.setPlainText(QStringLiteral("He said it reportedly was the largest of 42 “quoted” ones."));
    Ui::ArticleHighlighter highlighter(&cues);
    highlighter.updateTheme(palette);
    highlighter.rehighlight();
    int coloured = 0;
    for (const QTextLayout::FormatRange &range : cues.firstBlock().layout()->formats()) {
        const QColor cue = range.format.foreground().color();
        if (cue.hsvSaturation() < 60) {
            continue; // grey or black: no hue to confuse
        }
        ++coloured;
        for (const Core::Verdict verdict : Core::allVerdicts()) {
            const QColor state = Ui::VerdictStyle::color(verdict, palette);
            if (state.hsvSaturation() >= 60) {
                QVERIFY2(hueDistance(cue.hsvHue(), state.hsvHue()) >= 40,
                         qPrintable(cue.name() + QStringLiteral(" vs ") + state.name()));
            }
        }
        QVERIFY2(contrast(cue, palette.color(QPalette::Base)) >= 4.5, qPrintable(cue.name()));
    }
    QVERIFY(coloured >= 2);

    // The heading is structure: bold.
    QTextCursor heading(view.document());
    heading.setPosition(3);
    QCOMPARE(heading.charFormat().fontWeight(), int(QFont::Bold));
    QTextCursor prose(view.document());
    prose.setPosition(claims.first().start + 3);
    QVERIFY(prose.charFormat().fontWeight() != int(QFont::Bold));
    QVERIFY(view.unclaimedUnitAt(3).has_value());
    QVERIFY(!view.unclaimedUnitAt(claims.first().start + 3).has_value());

    // The legend names every state.
    Ui::Legend legend;
    for (const Core::Verdict verdict : Core::allVerdicts()) {
        QVERIFY(legend.toPlainText().contains(Core::verdictLabel(verdict)));
    }
}

void ArticleViewTest::legendKeepsEachIconWithItsName_data()
{
    QTest::addColumn<int>("width");
    for (const int width : {900, 480, 330, 260, 160}) {
        QTest::addRow("%d px", width) << width;
    }
}

void ArticleViewTest::legendKeepsEachIconWithItsName()
{
    QFETCH(int, width);
    Ui::Legend legend;
    legend.resize(width, 80);
    legend.show();
    QVERIFY(QTest::qWaitForWindowExposed(&legend));
    // Each state is an inline image followed by its name: the image and the name's first letter are on one line.
    const QTextBlock states = legend.document()->firstBlock();
    const QString text = states.text();
    QTextLayout *layout = states.layout();
    QVERIFY(layout && layout->lineCount() > 0);
    int found = 0;
    for (const Core::Verdict verdict : Core::allVerdicts()) {
        const int name = int(text.indexOf(Core::verdictLabel(verdict)));
        QVERIFY2(name > 0, qPrintable(text));
        const int image = int(text.lastIndexOf(QChar::ObjectReplacementCharacter, name));
        QVERIFY(image >= 0);
        QCOMPARE(layout->lineForTextPosition(image).lineNumber(), layout->lineForTextPosition(name).lineNumber());
        // and the name itself is never broken over two lines
        const int last = name + int(Core::verdictLabel(verdict).size()) - 1;
        QCOMPARE(layout->lineForTextPosition(last).lineNumber(), layout->lineForTextPosition(name).lineNumber());
        ++found;
    }
    QCOMPARE(found, 4);
    // Nothing runs out of the legend when it is wide enough for one state a line.
    if (width >= 260) {
        QVERIFY2(
            legend.document()->idealWidth() <= legend.viewport()->width() + 1,
            qPrintable(QStringLiteral("%1 > %2").arg(legend.document()->idealWidth()).arg(legend.viewport()->width())));
    }
}

void ArticleViewTest::notCheckedIconShowsOnASelectedRow()
{
    // On a selected row the style tints icons with the selection colour: the grey ring of "not checked" must still
    // stand out from the selection, drawn in the selection's text colour.
    const QIcon icon = Ui::VerdictStyle::icon(Core::Verdict::NotChecked, m_light);
    const QImage selected = icon.pixmap(QSize(16, 16), 1.0, QIcon::Selected).toImage();
    const QColor highlight = m_light.color(QPalette::Highlight);
    double best = 0;
    for (int y = 0; y < selected.height(); ++y) {
        for (int x = 0; x < selected.width(); ++x) {
            const QColor c = selected.pixelColor(x, y);
            if (c.alpha() > 200) {
                best = std::max(best, contrast(c, highlight));
            }
        }
    }
    QVERIFY2(best >= 3.0, qPrintable(QString::number(best)));
}

QTEST_MAIN(ArticleViewTest)
#include "articleview_test.moc"
