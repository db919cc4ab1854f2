#pragma once
// Helpers for tests that damage, lock or checksum real project files. Header-only: core and UI tests share it.

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QtEndian>

#include <optional>

namespace Credence::Test {

inline QByteArray sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

/// Overwrites the middle leaf page of @p table's b-tree with junk, as a failing disk or a stray write would: the
/// rows on that page become unreadable, the rest of the file stays as it was. Returns the page number damaged, or
/// nullopt when the table has no interior page (too small to damage only in part). The file must be checkpointed.
inline std::optional<int> damageMiddleLeaf(const QString &path, const QString &table)
{
    int root = 0;
    int pageSize = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage-reader"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = ?"));
            q.addBindValue(table);
            if (q.exec() && q.next()) {
                root = q.value(0).toInt();
            }
            if (q.exec(QStringLiteral("PRAGMA page_size")) && q.next()) {
                pageSize = q.value(0).toInt();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("damage-reader"));
    QFile file(path);
    if (root < 2 || pageSize <= 0 || !file.open(QIODevice::ReadWrite)) {
        return std::nullopt;
    }
    QByteArray data = file.readAll();
    const qsizetype rootOffset = qsizetype(root - 1) * pageSize;
    const auto u16 = [&](qsizetype at) { return qFromBigEndian<quint16>(data.constData() + at); };
    const auto u32 = [&](qsizetype at) { return qFromBigEndian<quint32>(data.constData() + at); };
    if (rootOffset + pageSize > data.size() || quint8(data.at(rootOffset)) != 0x05) { // 5: interior table page
        return std::nullopt;
    }
    // An interior page: cell pointers after its 12-byte header, each cell starting with a child page number.
    QList<quint32> children;
    const int cells = u16(rootOffset + 3);
    for (int i = 0; i < cells; ++i) {
        children.append(u32(rootOffset + u16(rootOffset + 12 + 2 * i)));
    }
    children.append(u32(rootOffset + 8)); // the right-most child
    const quint32 victim = children.at(children.size() / 2);
    const qsizetype victimOffset = qsizetype(victim - 1) * pageSize;
    if (victimOffset + pageSize > data.size()) {
        return std::nullopt;
    }
    // A leaf page type with an impossible cell count and junk over its cells.
    data[victimOffset] = char(0x0d);
    for (qsizetype i = 1; i < 8; ++i) {
        data[victimOffset + i] = char(0xff);
    }
    for (qsizetype i = 200; i < pageSize - 100; ++i) {
        data[victimOffset + i] = char(0xde + (i % 3));
    }
    file.seek(0);
    file.write(data);
    file.close();
    return int(victim);
}

} // namespace Credence::Test
