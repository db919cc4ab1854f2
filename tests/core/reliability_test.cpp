// Reliability scoring: the Beta posterior summary of a source, checked against values computed independently of
// the code under test (closed forms of the incomplete beta function, and reference quantiles from mpmath).

#include "project/project.h"
#include "scoring/reliability.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <numbers>

using namespace Credence::Core;

namespace {

/// I_x(a, b) for whole a and b: the probability of at least a successes in a + b - 1 Bernoulli(x) trials.
double binomialTail(int a, int b, double x)
{
    const int n = a + b - 1;
    double sum = 0.0;
    for (int j = a; j <= n; ++j) {
        sum += std::exp(std::lgamma(n + 1.0) - std::lgamma(j + 1.0) - std::lgamma(n - j + 1.0)) * std::pow(x, j) *
               std::pow(1.0 - x, n - j);
    }
    return sum;
}

/// The quantile of Beta(a, b) for whole a and b, by bisection on binomialTail().
double binomialQuantile(int a, int b, double p)
{
    double lo = 0.0;
    double hi = 1.0;
    for (int i = 0; i < 200; ++i) {
        const double mid = 0.5 * (lo + hi);
        (binomialTail(a, b, mid) < p ? lo : hi) = mid;
    }
    return 0.5 * (lo + hi);
}

bool near(double actual, double expected, double tolerance)
{
    return std::fabs(actual - expected) <= tolerance;
}

QByteArray describe(double actual, double expected)
{
    return QByteArray::number(actual, 'g', 17) + " != " + QByteArray::number(expected, 'g', 17);
}

} // namespace

class ReliabilityTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void knownFixture();
    void incompleteBetaClosedForms_data();
    void incompleteBetaClosedForms();
    void incompleteBetaSymmetry_data();
    void incompleteBetaSymmetry();
    void quantileInverts_data();
    void quantileInverts();
    void quantileEnds();
    void judged_data();
    void judged();
    void display();
    void projectTallies();
};

void ReliabilityTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void ReliabilityTest::knownFixture()
{
    const Reliability r = assessReliability(8, 2);
    QCOMPARE(r.corroborated, 8);
    QCOMPARE(r.contradicted, 2);
    QCOMPARE(r.decided(), 10);
    QVERIFY(r.judged);
    // Beta(9, 3): the mean 9 / 12 is exact in binary floating point.
    QVERIFY2(r.score == 0.75, QByteArray::number(r.score, 'g', 17).constData());

    // Reference quantiles of Beta(9, 3) from mpmath (30 digits), and again from the binomial closed form.
    constexpr double Low = 0.482244147639827294917623698493;
    constexpr double High = 0.939782265827093341427621099069;
    QVERIFY2(near(r.low, Low, 1e-9), describe(r.low, Low).constData());
    QVERIFY2(near(r.high, High, 1e-9), describe(r.high, High).constData());
    QVERIFY2(near(binomialQuantile(9, 3, 0.025), Low, 1e-12), "the reference closed form is wrong");
    QVERIFY2(near(binomialQuantile(9, 3, 0.975), High, 1e-12), "the reference closed form is wrong");
    QVERIFY(r.low < r.score && r.score < r.high);
}

void ReliabilityTest::incompleteBetaClosedForms_data()
{
    QTest::addColumn<double>("a");
    QTest::addColumn<double>("b");
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("expected");

    for (const double x : {0.0, 1e-6, 0.1, 0.25, 0.5, 0.73, 0.99, 1.0}) {
        // Beta(1, 1) is uniform.
        QTest::addRow("I(1,1) at %g", x) << 1.0 << 1.0 << x << x;
        // Beta(a, 1) has the CDF x^a; Beta(1, b) has 1 - (1 - x)^b.
        for (const double a : {0.5, 2.0, 7.5, 40.0}) {
            QTest::addRow("I(%g,1) at %g", a, x) << a << 1.0 << x << std::pow(x, a);
            QTest::addRow("I(1,%g) at %g", a, x) << 1.0 << a << x << 1.0 - std::pow(1.0 - x, a);
        }
    }
    // Whole parameters: the binomial tail, on both sides of the mean (the implementation switches method there).
    for (const auto &[a, b] :
         {std::pair{9, 3}, std::pair{3, 9}, std::pair{2, 2}, std::pair{20, 35}, std::pair{1, 60}}) {
        for (const double x : {0.05, 0.3, 0.5, 0.62, 0.75, 0.9}) {
            QTest::addRow("I(%d,%d) at %g", a, b, x) << double(a) << double(b) << x << binomialTail(a, b, x);
        }
    }
    // Non-whole parameters: the arcsine law, and mpmath references.
    QTest::newRow("arcsine") << 0.5 << 0.5 << 0.2 << 2.0 / std::numbers::pi * std::asin(std::sqrt(0.2));
    QTest::newRow("I(2.5,4.5) at 0.3") << 2.5 << 4.5 << 0.3 << 0.406539016682459249353760676384;
    QTest::newRow("I(30,70) at 0.35") << 30.0 << 70.0 << 0.35 << 0.861575475866109094943064112459;
}

void ReliabilityTest::incompleteBetaClosedForms()
{
    QFETCH(double, a);
    QFETCH(double, b);
    QFETCH(double, x);
    QFETCH(double, expected);
    const double actual = incompleteBeta(a, b, x);
    QVERIFY2(near(actual, expected, 1e-12), describe(actual, expected).constData());
}

void ReliabilityTest::incompleteBetaSymmetry_data()
{
    QTest::addColumn<double>("a");
    QTest::addColumn<double>("b");
    QTest::addColumn<double>("x");
    for (const double x : {0.01, 0.2, 0.5, 0.66, 0.95}) {
        QTest::addRow("(9,3) at %g", x) << 9.0 << 3.0 << x;
        QTest::addRow("(0.7,12.5) at %g", x) << 0.7 << 12.5 << x;
        QTest::addRow("(101,1) at %g", x) << 101.0 << 1.0 << x;
    }
}

void ReliabilityTest::incompleteBetaSymmetry()
{
    QFETCH(double, a);
    QFETCH(double, b);
    QFETCH(double, x);
    const double left = incompleteBeta(a, b, x);
    const double right = 1.0 - incompleteBeta(b, a, 1.0 - x);
    QVERIFY2(near(left, right, 1e-12), describe(left, right).constData());
    QVERIFY(left >= 0.0 && left <= 1.0);
}

void ReliabilityTest::quantileInverts_data()
{
    QTest::addColumn<double>("a");
    QTest::addColumn<double>("b");
    QTest::addColumn<double>("p");
    QTest::addColumn<double>("closedForm"); ///< The quantile where a closed form exists, else NaN.

    // A posterior Beta(1 + corroborated, 1 + contradicted) has a, b >= 1: its density is bounded near 0 and 1,
    // which is what lets an absolute tolerance on x give p to 1e-9.

    for (const double p : {1e-6, 0.025, 0.3, 0.5, 0.975, 0.999}) {
        QTest::addRow("Beta(9,3) p=%g", p) << 9.0 << 3.0 << p << std::nan("");
        QTest::addRow("Beta(1,1) p=%g", p) << 1.0 << 1.0 << p << p;
        QTest::addRow("Beta(4,1) p=%g", p) << 4.0 << 1.0 << p << std::pow(p, 1.0 / 4.0);
        QTest::addRow("Beta(1,30) p=%g", p) << 1.0 << 30.0 << p << 1.0 - std::pow(1.0 - p, 1.0 / 30.0);
        QTest::addRow("Beta(51,201) p=%g", p) << 51.0 << 201.0 << p << std::nan("");
    }
}

void ReliabilityTest::quantileInverts()
{
    QFETCH(double, a);
    QFETCH(double, b);
    QFETCH(double, p);
    QFETCH(double, closedForm);
    const double x = betaQuantile(a, b, p);
    QVERIFY(x > 0.0 && x < 1.0);
    const double back = incompleteBeta(a, b, x);
    QVERIFY2(near(back, p, 1e-9), describe(back, p).constData());
    if (!std::isnan(closedForm)) {
        QVERIFY2(near(x, closedForm, 1e-9), describe(x, closedForm).constData());
    }
}

void ReliabilityTest::quantileEnds()
{
    QCOMPARE(betaQuantile(9, 3, 0.0), 0.0);
    QCOMPARE(betaQuantile(9, 3, 1.0), 1.0);
    QCOMPARE(incompleteBeta(9, 3, 0.0), 0.0);
    QCOMPARE(incompleteBeta(9, 3, 1.0), 1.0);
    QCOMPARE(incompleteBeta(9, 3, -0.5), 0.0);
    QCOMPARE(incompleteBeta(9, 3, 1.5), 1.0);
}

void ReliabilityTest::judged_data()
{
    QTest::addColumn<int>("corroborated");
    QTest::addColumn<int>("contradicted");
    QTest::addColumn<int>("minimum");
    QTest::addColumn<bool>("judged");

    constexpr int Min = DefaultMinimumDecided;
    static_assert(Min >= 2, "the rows below need room below the minimum");
    QTest::newRow("nothing") << 0 << 0 << Min << false;
    QTest::newRow("one short, all corroborated") << Min - 1 << 0 << Min << false;
    QTest::newRow("one short, all contradicted") << 0 << Min - 1 << Min << false;
    QTest::newRow("one short, mixed") << Min - 2 << 1 << Min << false;
    QTest::newRow("at the minimum, corroborated") << Min << 0 << Min << true;
    QTest::newRow("at the minimum, contradicted") << 0 << Min << Min << true;
    QTest::newRow("at the minimum, mixed") << Min - 1 << 1 << Min << true;
    QTest::newRow("well above") << 40 << 12 << Min << true;
    QTest::newRow("custom minimum, short") << 6 << 3 << 10 << false;
    QTest::newRow("custom minimum, reached") << 7 << 3 << 10 << true;
    QTest::newRow("minimum of zero") << 0 << 0 << 0 << true;
}

void ReliabilityTest::judged()
{
    QFETCH(int, corroborated);
    QFETCH(int, contradicted);
    QFETCH(int, minimum);
    QFETCH(bool, judged);

    const Reliability r = assessReliability(corroborated, contradicted, minimum);
    QCOMPARE(r.judged, judged);
    if (minimum == DefaultMinimumDecided) {
        QCOMPARE(assessReliability(corroborated, contradicted).judged, judged);
    }
    // The estimate is computed either way; "judged" only says whether to show it.
    const double expected = (1.0 + corroborated) / (2.0 + corroborated + contradicted);
    QVERIFY2(near(r.score, expected, 1e-15), describe(r.score, expected).constData());
}

void ReliabilityTest::display()
{
    const Reliability r = assessReliability(8, 2);
    QCOMPARE(r.display(), QStringLiteral("0.75 (0.48–0.94)"));
    QCOMPARE(assessReliability(1, 1).display(), QStringLiteral("cannot be judged"));
    QCOMPARE(assessReliability(0, 3).display(), QStringLiteral("0.20 (0.01–0.60)"));
}

void ReliabilityTest::projectTallies()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Project project;
    QVERIFY2(project.open(dir.filePath(QStringLiteral("tallies.credence"))), qPrintable(project.lastError()));

    // Known articles: the "Source:" line names the source; each body line is one claim.
    const auto import = [&project](const char *text, const QString &name) -> Id {
        const ImportOutcome outcome = project.importBytes(QByteArray(text), name);
        if (!outcome.ok()) {
            qWarning("%s: %s", qPrintable(name), qPrintable(outcome.error));
            return 0;
        }
        return *outcome.articleId;
    };
    const Id alpha1 =
        import("Alpha one\nSource: Alpha Times\n\nA1 first.\nA1 second.\nA1 third.\n", QStringLiteral("a1.txt"));
    const Id alpha2 = import("Alpha two\nSource: Alpha Times\n\nA2 first.\nA2 second.\n", QStringLiteral("a2.txt"));
    const Id beta =
        import("Beta one\nSource: beta Daily\n\nB first.\nB second.\nB third.\nB fourth.\n", QStringLiteral("b.txt"));
    const Id unknown = import("Nameless\n\nU only.\n", QStringLiteral("u.txt"));
    const Id empty = import("Headline only\nSource: Empty Courier\n", QStringLiteral("e.txt"));
    for (const Id id : {alpha1, alpha2, beta, unknown, empty}) {
        QVERIFY(id != 0);
    }
    QCOMPARE(project.claims(alpha1).size(), 3);
    QCOMPARE(project.claims(alpha2).size(), 2);
    QCOMPARE(project.claims(beta).size(), 4);
    QCOMPARE(project.claims(unknown).size(), 1);
    QCOMPARE(project.claims(empty).size(), 0);

    const auto mark = [&project](Id article, int index, Verdict verdict) {
        return project.writeVerdict(project.claims(article).at(index).id, verdict);
    };
    // Alpha Times: 3 corroborated, 1 contradicted, 1 not checked.
    QVERIFY(mark(alpha1, 0, Verdict::Corroborated));
    QVERIFY(mark(alpha1, 1, Verdict::Corroborated));
    QVERIFY(mark(alpha1, 2, Verdict::Contradicted));
    QVERIFY(mark(alpha2, 0, Verdict::Corroborated));
    // Beta Daily: a state changed twice and one changed to unverifiable count once, as what they are now.
    QVERIFY(mark(beta, 0, Verdict::Corroborated));
    QVERIFY(mark(beta, 0, Verdict::Contradicted));
    QVERIFY(mark(beta, 1, Verdict::Contradicted));
    QVERIFY(mark(beta, 2, Verdict::Corroborated));
    QVERIFY(mark(beta, 2, Verdict::Unverifiable));

    const QList<SourceTally> tallies = project.sourceTallies();
    QStringList names;
    for (const SourceTally &t : tallies) {
        names << t.name;
    }
    // Sorted by name without regard to case. The article that names no source is unassigned: in no row.
    QCOMPARE(names, (QStringList{QStringLiteral("Alpha Times"), QStringLiteral("beta Daily"),
                                 QStringLiteral("Empty Courier")}));
    QCOMPARE(project.articleSummary(unknown)->publication, QString());

    struct Expected
    {
        int articles, corroborated, contradicted, unverifiable, notChecked;
    };
    const Expected expected[] = {{2, 3, 1, 0, 1}, {1, 0, 2, 1, 1}, {1, 0, 0, 0, 0}};
    for (qsizetype i = 0; i < tallies.size(); ++i) {
        const SourceTally &t = tallies.at(i);
        QVERIFY(t.id != 0);
        QCOMPARE(t.articles, expected[i].articles);
        QCOMPARE(t.corroborated, expected[i].corroborated);
        QCOMPARE(t.contradicted, expected[i].contradicted);
        QCOMPARE(t.unverifiable, expected[i].unverifiable);
        QCOMPARE(t.notChecked, expected[i].notChecked);
    }

    // The project's counts feed the score unchanged; unverifiable and unchecked claims are no evidence.
    const Reliability alpha = assessReliability(tallies.at(0).corroborated, tallies.at(0).contradicted);
    QVERIFY(alpha.judged);
    QVERIFY(alpha.score == 4.0 / 6.0);
    QVERIFY(!assessReliability(tallies.at(1).corroborated, tallies.at(1).contradicted).judged);
}

QTEST_MAIN(ReliabilityTest)
#include "reliability_test.moc"
