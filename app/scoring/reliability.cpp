#include "reliability.h"

#include <QCoreApplication>

#include <cmath>

namespace Credence::Core {

namespace {

// Continued fraction for the incomplete beta function, evaluated with the modified Lentz method.
double betaContinuedFraction(double a, double b, double x)
{
    constexpr int MaxIterations = 300;
    constexpr double Epsilon = 1e-14;
    constexpr double Tiny = 1e-300;
    const double qab = a + b;
    const double qap = a + 1.0;
    const double qam = a - 1.0;
    double c = 1.0;
    double d = 1.0 - qab * x / qap;
    if (std::fabs(d) < Tiny) {
        d = Tiny;
    }
    d = 1.0 / d;
    double h = d;
    for (int m = 1; m <= MaxIterations; ++m) {
        const int m2 = 2 * m;
        double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
        d = 1.0 + aa * d;
        d = std::fabs(d) < Tiny ? Tiny : d;
        c = 1.0 + aa / c;
        c = std::fabs(c) < Tiny ? Tiny : c;
        d = 1.0 / d;
        h *= d * c;
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
        d = 1.0 + aa * d;
        d = std::fabs(d) < Tiny ? Tiny : d;
        c = 1.0 + aa / c;
        c = std::fabs(c) < Tiny ? Tiny : c;
        d = 1.0 / d;
        const double delta = d * c;
        h *= delta;
        if (std::fabs(delta - 1.0) < Epsilon) {
            break;
        }
    }
    return h;
}

} // namespace

double incompleteBeta(double a, double b, double x)
{
    if (x <= 0.0) {
        return 0.0;
    }
    if (x >= 1.0) {
        return 1.0;
    }
    const double logFront = std::lgamma(a + b) - std::lgamma(a) - std::lgamma(b) + a * std::log(x) + b * std::log1p(-x);
    const double front = std::exp(logFront);
    // The continued fraction converges fast only on one side of the mean; use the symmetry relation on the other.
    if (x < (a + 1.0) / (a + b + 2.0)) {
        return front * betaContinuedFraction(a, b, x) / a;
    }
    return 1.0 - front * betaContinuedFraction(b, a, 1.0 - x) / b;
}

double betaQuantile(double a, double b, double p)
{
    if (p <= 0.0) {
        return 0.0;
    }
    if (p >= 1.0) {
        return 1.0;
    }
    // I_x is monotonic in x: bisection to double precision is 60 steps and never fails.
    double lo = 0.0;
    double hi = 1.0;
    for (int i = 0; i < 100 && hi - lo > 1e-12; ++i) {
        const double mid = 0.5 * (lo + hi);
        (incompleteBeta(a, b, mid) < p ? lo : hi) = mid;
    }
    return 0.5 * (lo + hi);
}

Reliability assessReliability(int corroborated, int contradicted, int minimumDecided)
{
    Reliability r;
    r.corroborated = corroborated;
    r.contradicted = contradicted;
    const double a = 1.0 + corroborated;
    const double b = 1.0 + contradicted;
    r.score = a / (a + b);
    r.low = betaQuantile(a, b, 0.025);
    r.high = betaQuantile(a, b, 0.975);
    r.judged = r.decided() >= minimumDecided;
    return r;
}

QString Reliability::display() const
{
    if (!judged) {
        return QCoreApplication::translate("Credence::Core::Reliability", "cannot be judged");
    }
    return QStringLiteral("%1 (%2–%3)")
        .arg(QString::number(score, 'f', 2), QString::number(low, 'f', 2), QString::number(high, 'f', 2));
}

QString computedGrade(const Reliability &reliability)
{
    if (!reliability.judged) {
        return QStringLiteral("F");
    }
    const double low = reliability.low;
    return low >= 0.80   ? QStringLiteral("A")
           : low >= 0.65 ? QStringLiteral("B")
           : low >= 0.50 ? QStringLiteral("C")
           : low >= 0.35 ? QStringLiteral("D")
                         : QStringLiteral("E");
}

} // namespace Credence::Core
