#pragma once

#include <QChar>
#include <QString>

namespace Credence::Ui {

/// The opening words of @p text on one line, at most @p most characters: cut at the last space that keeps more than
/// half of them, else at @p most, with "…". How a claim is named where its whole text does not fit: a database id
/// means nothing to a reader.
inline QString openingWords(const QString &text, qsizetype most)
{
    QString line = text.simplified();
    if (line.size() > most) {
        const qsizetype space = line.lastIndexOf(u' ', most);
        line = line.left(space > most / 2 ? space : most) + QChar(0x2026);
    }
    return line;
}

} // namespace Credence::Ui
