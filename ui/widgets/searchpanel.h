#pragma once

#include "domain/searchhit.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QTimer;

namespace Credence::Core {
class Project;
}

namespace Credence::Ui {

class SearchResultModel;

/// Edit › Search Project: a query field over the results of Project::search(), updated as the user types (after a
/// short pause). Down goes from the field to the results; Enter or a double click opens a result.
class SearchPanel : public QWidget
{
    Q_OBJECT
public:
    /// How long typing must pause before the search runs.
    static constexpr int DebounceMs = 150;

    explicit SearchPanel(Core::Project *project, QWidget *parent = nullptr);

    /// Puts the keyboard focus in the query field with its text selected.
    void focusQuery();
    /// Runs the search for the field's text now (instead of after the pause).
    void searchNow();
    SearchResultModel *model() const { return m_model; }

Q_SIGNALS:
    /// The user chose @p hit: show its article, select its claim or put the cursor at the match.
    void hitActivated(const Credence::Core::SearchHit &hit);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void activate(int row);

    Core::Project *m_project;
    SearchResultModel *m_model;
    QLineEdit *m_query;
    QListView *m_results;
    QLabel *m_status;
    QTimer *m_debounce;
};

} // namespace Credence::Ui
