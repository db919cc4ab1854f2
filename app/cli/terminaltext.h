#pragma once

#include <QString>

namespace Credence::Core {

/// How many terminal cells @p text takes: two for East Asian wide and full-width characters, none for combining
/// marks and format characters, one for the rest. Counting UTF-16 units instead misaligns every column after a
/// Chinese or Japanese name.
int terminalWidth(QStringView text);

/// @p text in exactly @p width terminal cells: shortened with "…" when it is wider (between user-perceived
/// characters), padded with spaces after it (Qt::AlignLeft) or before it (Qt::AlignRight).
QString fittedToWidth(const QString &text, int width, Qt::Alignment alignment = Qt::AlignLeft);

} // namespace Credence::Core
