#pragma once

#include "id.h"
#include "verdict.h"

#include <QDateTime>
#include <QString>

namespace Credence::Core {

/// One sentence of an article's body that the user judges. Offsets are UTF-16 indexes into Article::body.
struct Claim
{
    Id id = 0;
    Id articleId = 0;
    int start = 0;
    int end = 0;
    QString text;
    Verdict verdict = Verdict::Unverified;
    QString note;
    QDateTime updated;

    int length() const { return end - start; }
    bool contains(int position) const { return position >= start && position < end; }
};

} // namespace Credence::Core
