#pragma once

#include <QString>

namespace Credence::Core {

/// The web domain @p text names, lower case and without "www.": the host of an address ("https://www.example.com/a"
/// gives "example.com") or a bare domain ("www.Example.com"); empty when @p text is neither (a name such as
/// "France 24", or a phrase with spaces).
QString domainOf(const QString &text);

/// The name a new source read from @p text gets: its domain when it is an address or a domain, else the text
/// itself, trimmed with its runs of white space made one space.
QString sourceNameOf(const QString &text);

/// The news agency a paragraph credits the way agencies' copy does, or empty: a dateline ("PARIS (Reuters) -",
/// "(AFP) —") at its start, or the whole paragraph being the credit ("– AFP", "(Reuters)"). The agency's usual name:
/// "Reuters", "AFP", "AP", "dpa"...
QString agencyCredit(const QString &paragraph);

/// The usual name of the news agency @p credit names ("Associated Press" gives "AP"), or empty.
QString newsAgencyName(const QString &credit);

/// The web domain of the publisher a page's own e-mail addresses give, or empty: an address in @p page whose mailbox
/// is a newsroom's or a site's ("newsdesk@", "editor@", "tips@", "redaktion@", "info@"...) and whose domain is no
/// mail provider's ("gmail.com") or an example. An address that is also in @p body, the article's own text, belongs
/// to someone the article names and is passed over, unless it is in the body's last paragraph (a footer line the
/// extraction kept): a page's own addresses are in its header and footer. The domain most such addresses have, the
/// last of them on a tie.
QString publisherDomainOfEmails(const QString &page, const QString &body);
/// How far into a page publisherDomainOfEmails() looks: a page's own addresses are there, and a huge file costs no
/// more.
constexpr qsizetype EmailSearchChars = 4 * 1024 * 1024;

/// Is @p name a news agency's usual name, as agencyCredit() gives it (case aside)?
bool isNewsAgency(const QString &name);

} // namespace Credence::Core
