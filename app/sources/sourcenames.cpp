#include "sourcenames.h"

#include <QRegularExpression>
#include <QUrl>

namespace Credence::Core {

QString domainOf(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.contains(QLatin1Char(' '))) {
        return {};
    }
    QString host;
    if (trimmed.contains(QStringLiteral("://"))) {
        host = QUrl(trimmed).host();
    } else {
        // A bare domain, maybe with a path: "www.example.com/news".
        host = QUrl(QStringLiteral("http://") + trimmed).host();
    }
    host = host.toLower();
    if (host.startsWith(QLatin1String("www."))) {
        host.remove(0, 4);
    }
    // Labels of letters, digits and hyphens, at least two of them, the last of letters: "example.co.uk".
    static const QRegularExpression domain(
        QStringLiteral("^(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?\\.)+\\p{L}{2,}$"));
    return domain.match(host).hasMatch() ? host : QString();
}

QString sourceNameOf(const QString &text)
{
    const QString domain = domainOf(text);
    return domain.isEmpty() ? text.simplified() : domain;
}

} // namespace Credence::Core
