#include "reliability.h"

#include <QCoreApplication>

#include <boost/math/special_functions/beta.hpp>

namespace Credence::Core {

namespace {

// Inputs are checked before Boost sees them; should one slip through, a NaN is returned instead of an exception
// thrown through Qt's event loop.
using Policy =
    boost::math::policies::policy<boost::math::policies::domain_error<boost::math::policies::ignore_error>,
                                  boost::math::policies::overflow_error<boost::math::policies::ignore_error>,
                                  boost::math::policies::evaluation_error<boost::math::policies::ignore_error>>;

} // namespace

double incompleteBeta(double a, double b, double x)
{
    if (x <= 0.0) {
        return 0.0;
    }
    if (x >= 1.0) {
        return 1.0;
    }
    return boost::math::ibeta(a, b, x, Policy());
}

double betaQuantile(double a, double b, double p)
{
    if (p <= 0.0) {
        return 0.0;
    }
    if (p >= 1.0) {
        return 1.0;
    }
    return boost::math::ibeta_inv(a, b, p, Policy());
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
