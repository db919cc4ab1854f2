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

QString sourceNameOf(const QString &text)
{
    const QString domain = domainOf(text);
    return domain.isEmpty() ? text.simplified() : domain;
}

} // namespace Credence::Core
