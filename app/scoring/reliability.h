#pragma once

#include <QString>

namespace Credence::Core {

/// A source's reliability estimate from its decided claims.
///
/// The method (also in README): each decided claim of the source is a Bernoulli trial, corroborated = success,
/// contradicted = failure; unverifiable and not-yet-checked claims carry no evidence. With a uniform Beta(1, 1) prior
/// the posterior is Beta(1 + corroborated, 1 + contradicted). The score is its mean and the interval its central 95 %
/// credible interval. Below minimumDecided decided claims the source "cannot be judged": the interval is then too wide
/// to say anything a reader should act on.
struct Reliability
{
    int corroborated = 0;
    int contradicted = 0;
    bool judged = false;
    double score = 0.5;
    double low = 0.0;
    double high = 1.0;

    int decided() const { return corroborated + contradicted; }
    /// "0.78 (0.52–0.93)" or "cannot be judged", for reports and the CLI.
    QString display() const;
};

inline constexpr int DefaultMinimumDecided = 3;

Reliability assessReliability(int corroborated, int contradicted, int minimumDecided = DefaultMinimumDecided);

/// The Admiralty grade of a source's reliability that its claims give, "A" to "F": F ("cannot be judged") below the
/// minimum of decided claims; else by the lower end of the 95 % interval, so thin evidence cannot earn a high grade:
/// A from 0.80, B from 0.65, C from 0.50, D from 0.35, E below. With no claim contradicted the lower end of n
/// corroborated is 0.025^(1/(n+1)): A takes 16 of them, B 8, C 5, D 3; one contradicted claim in five costs a grade.
QString computedGrade(const Reliability &reliability);

/// Regularised incomplete beta function I_x(a, b) (Boost.Math's ibeta).
double incompleteBeta(double a, double b, double x);
/// The x with I_x(a, b) = p, for 0 <= p <= 1 (Boost.Math's ibeta_inv).
double betaQuantile(double a, double b, double p);

} // namespace Credence::Core
