#pragma once

#include "domain/id.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace Credence::Core {

/// Values as the repositories bind them.

/// Qt binds a null QString as SQL NULL; the text columns are NOT NULL with '' for "none".
inline QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

/// An id, or SQL NULL for 0 (none).
inline QVariant idOrNull(Id id)
{
    return id ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

/// The ids as a list for IN (...): numbers of ours, never user input, so safe to put in a statement's text.
inline QString idList(const QList<Id> &ids)
{
    QStringList numbers;
    for (const Id id : ids) {
        numbers.append(QString::number(id));
    }
    return numbers.isEmpty() ? QStringLiteral("0") : numbers.join(u',');
}

} // namespace Credence::Core
