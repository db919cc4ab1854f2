#pragma once

#include "domain/id.h"

#include <QString>
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

} // namespace Credence::Core
