// The child process of projectopen_test: another program holding a project's write lock.
//
//   dblocker PROJECT
//
// Takes SQLite's write lock (BEGIN IMMEDIATE), prints "locked", and holds it until a line arrives on stdin (or stdin
// closes); then rolls back and exits.

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 2) {
        std::fprintf(stderr, "usage: dblocker PROJECT\n");
        return 2;
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"));
        db.setDatabaseName(arguments.at(1));
        if (!db.open()) {
            return 1;
        }
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            std::fprintf(stderr, "cannot lock\n");
            return 1;
        }
        std::printf("locked\n");
        std::fflush(stdout);
        char line[16];
        (void)std::fgets(line, sizeof line, stdin);
        q.exec(QStringLiteral("ROLLBACK"));
        db.close();
    }
    return 0;
}
