#include "sourcenames.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>
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

namespace {

/// Agencies whose credit appears in reprinted copy, as they write their own name.
const QStringList &agencies()
{
    static const QStringList names = {QStringLiteral("Reuters"),
                                      QStringLiteral("AFP"),
                                      QStringLiteral("AP"),
                                      QStringLiteral("dpa"),
                                      QStringLiteral("ANSA"),
                                      QStringLiteral("EFE"),
                                      QStringLiteral("Xinhua"),
                                      QStringLiteral("TASS"),
                                      QStringLiteral("PTI"),
                                      QStringLiteral("IANS"),
                                      QStringLiteral("UPI"),
                                      QStringLiteral("Kyodo"),
                                      QStringLiteral("Yonhap"),
                                      QStringLiteral("Anadolu"),
                                      QStringLiteral("Bloomberg"),
                                      QStringLiteral("AAP"),
                                      QStringLiteral("Associated Press"),
                                      QStringLiteral("Agence France-Presse")};
    return names;
}

} // namespace

QString newsAgencyName(const QString &credit)
{
    for (const QString &name : agencies()) {
        if (credit.compare(name, Qt::CaseInsensitive) == 0) {
            // The long names read as the credits papers print.
            if (name == QLatin1String("Associated Press")) {
                return QStringLiteral("AP");
            }
            if (name == QLatin1String("Agence France-Presse")) {
                return QStringLiteral("AFP");
            }
            return name;
        }
    }
    return {};
}

bool isNewsAgency(const QString &name)
{
    return !newsAgencyName(name.trimmed()).isEmpty();
}

QString agencyCredit(const QString &paragraph)
{
    const QString text = paragraph.simplified();
    // "PARIS (Reuters) - ...", "Bamako, Nov 7 (AFP) — ...", "(AP) — ...": at most six words of place and date first.
    static const QRegularExpression dateline(
        QStringLiteral("^(?:[\\p{Lu}\\p{N}][\\p{L}\\p{N}.,'’-]*\\s+){0,6}\\(([\\p{L} -]{2,24})\\)\\s*[-–—:]"),
        QRegularExpression::UseUnicodePropertiesOption);
    if (const auto m = dateline.match(text); m.hasMatch()) {
        return newsAgencyName(m.captured(1).trimmed());
    }
    // The credit alone: "– AFP", "(Reuters)", "AP".
    static const QRegularExpression alone(QStringLiteral("^[-–—]?\\s*\\(?([\\p{L} -]{2,24}?)\\)?\\.?$"),
                                          QRegularExpression::UseUnicodePropertiesOption);
    if (const auto m = alone.match(text); m.hasMatch()) {
        return newsAgencyName(m.captured(1).trimmed());
    }
    return {};
}

QString publisherDomainOfEmails(const QString &page, const QString &body)
{
    static const QRegularExpression address(
        QStringLiteral("(?<![\\w.%+-])(news|newsdesk|newsroom|editor|editors|editorial|tips|newstips|letters|desk|"
                       "redaktion|redaction|redazione|redaccion|info|contact|feedback|corrections|webmaster|online)"
                       "@((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+[a-z]{2,24})(?![\\w-])"),
        QRegularExpression::CaseInsensitiveOption);
    static const QStringList providers = {
        QStringLiteral("gmail.com"),      QStringLiteral("googlemail.com"), QStringLiteral("yahoo.com"),
        QStringLiteral("hotmail.com"),    QStringLiteral("outlook.com"),    QStringLiteral("live.com"),
        QStringLiteral("icloud.com"),     QStringLiteral("aol.com"),        QStringLiteral("proton.me"),
        QStringLiteral("protonmail.com"), QStringLiteral("gmx.de"),         QStringLiteral("gmx.net"),
        QStringLiteral("web.de"),         QStringLiteral("yandex.ru"),      QStringLiteral("mail.ru"),
        QStringLiteral("qq.com"),         QStringLiteral("163.com"),
    };
    // The article's own text but its last paragraph, which may be a footer line the extraction kept ("Send tips to
    // newsdesk@...").
    const QString quoted = body.section(QStringLiteral("\n\n"), 0, -2);
    QHash<QString, int> counts;
    QString best;
    for (auto it = address.globalMatchView(QStringView(page).left(EmailSearchChars)); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (quoted.contains(match.captured(0), Qt::CaseInsensitive)) {
            continue;
        }
        QString domain = match.captured(2).toLower();
        if (domain.startsWith(QLatin1String("www."))) {
            domain = domain.mid(4);
        }
        const QString first = domain.section(u'.', 0, 0);
        if (providers.contains(domain) || first == QLatin1String("example") ||
            domain.endsWith(QLatin1String(".test")) || domain.endsWith(QLatin1String(".invalid")) ||
            domain.endsWith(QLatin1String(".local"))) {
            continue;
        }
        const int count = ++counts[domain];
        if (best.isEmpty() || count >= counts.value(best)) {
            best = domain;
        }
    }
    return best;
}

QString sourceNameOf(const QString &text)
{
    const QString domain = domainOf(text);
    return domain.isEmpty() ? text.simplified() : domain;
}

} // namespace Credence::Core
