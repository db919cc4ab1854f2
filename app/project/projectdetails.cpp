// Project::details() and setDetails(): what the project says about itself (domain/projectdetails.h).

#include "commands/restorecommand.h"
#include "project.h"

namespace Credence::Core {

namespace {

/// The stored key of each field: never rename one.
const QList<std::pair<QString, QString ProjectDetails::*>> &detailFields()
{
    static const QList<std::pair<QString, QString ProjectDetails::*>> fields = {
        {QStringLiteral("title"), &ProjectDetails::title},
        {QStringLiteral("author"), &ProjectDetails::author},
        {QStringLiteral("scope"), &ProjectDetails::scope},
        {QStringLiteral("publisher_name"), &ProjectDetails::publisherName},
        {QStringLiteral("publisher_url"), &ProjectDetails::publisherUrl},
    };
    return fields;
}

} // namespace

ProjectDetails Project::details()
{
    return reported([&] {
        ProjectDetails details;
        QSqlQuery q = m_db->exec(QStringLiteral("SELECT key, value FROM project_details"));
        while (m_db->next(q)) {
            const QString key = q.value(0).toString();
            for (const auto &[name, field] : detailFields()) {
                if (name == key) {
                    details.*field = q.value(1).toString();
                }
            }
        }
        return details;
    });
}

QString Project::reportTitle()
{
    const QString title = details().title.trimmed();
    return title.isEmpty() ? displayName() : title;
}

bool Project::writeDetails(const ProjectDetails &details)
{
    Transaction tx(*m_db);
    if (!tx.isActive()) {
        return false;
    }
    for (const auto &[name, field] : detailFields()) {
        const QString &value = details.*field;
        const bool ok = value.isEmpty()
                            ? m_db->exec(QStringLiteral("DELETE FROM project_details WHERE key = ?"), {name}).isActive()
                            : m_db->exec(QStringLiteral("INSERT INTO project_details(key, value) VALUES (?, ?)"
                                                        " ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                                         {name, value})
                                  .isActive();
        if (!ok) {
            return false;
        }
    }
    return tx.commit();
}

bool Project::setDetails(const ProjectDetails &details)
{
    if (refuseIfReadOnly()) {
        return false;
    }
    const int errors = m_db->errorCount();
    const ProjectDetails before = this->details();
    if (m_db->errorCount() != errors) {
        reportFailure();
        return false;
    }
    if (before == details) {
        return true;
    }
    const auto write = [this](const ProjectDetails &state) {
        if (!writeDetails(state)) {
            reportFailure();
            return false;
        }
        Q_EMIT detailsChanged();
        return true;
    };
    auto *command = new RestoreCommand<ProjectDetails>(
        tr("Project details"), before,
        [write, details]() -> std::optional<ProjectDetails> {
            return write(details) ? std::optional<ProjectDetails>(details) : std::nullopt;
        },
        write);
    const int failures = m_writeFailures;
    m_undoStack.push(command);
    return m_writeFailures == failures;
}

} // namespace Credence::Core
