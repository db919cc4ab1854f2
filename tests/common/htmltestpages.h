#pragma once
// Pages the HTML import tests build in memory, and a check on the body extracted from them. Header-only, like
// testsupport.h.

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTest>

namespace Credence::Test {

/// A whole UTF-8 page: doctype, <meta charset="utf-8">, then @p head and @p body as given.
inline QByteArray page(const QString &head, const QString &body)
{
    return (QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\">") + head +
            QStringLiteral("</head><body>") + body + QStringLiteral("</body></html>"))
        .toUtf8();
}

/// An article body long enough to be trusted on its own.
inline QString articleParagraphs()
{
    return QStringLiteral(
        "<p>The district council voted on Tuesday to keep the public swimming pool open through the winter, "
        "reversing a decision taken in the spring to close it from November to March.</p>"
        "<p>Councillors said the pool's new heat pump, installed in August, had cut its energy bill by almost half, "
        "which made winter opening affordable again.</p>"
        "<p>Swimming clubs, schools and a group of older residents who swim every morning had campaigned against "
        "the closure, collecting more than 2,000 signatures.</p>"
        "<p>The pool will open from seven in the morning until nine in the evening on weekdays.</p>");
}

/// @p inner inside @p depth levels of @p open ... @p close.
inline QString nested(const QString &open, const QString &close, int depth, const QString &inner = QStringLiteral("x"))
{
    return open.repeated(depth) + inner + close.repeated(depth);
}

/// Checks that @p sentences all occur in @p body, in this order, exactly as written (paragraph breaks included).
inline void verifyInOrder(const QString &body, const QStringList &sentences)
{
    qsizetype from = 0;
    for (const QString &sentence : sentences) {
        const qsizetype at = body.indexOf(sentence, from);
        QVERIFY2(at >= 0, qPrintable(QStringLiteral("missing or out of order: %1\n--- body:\n%2").arg(sentence, body)));
        from = at + 1;
    }
}

} // namespace Credence::Test
