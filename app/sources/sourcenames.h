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

} // namespace Credence::Core
