#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

namespace Credence::Ui {

class ClaimFilterModel;

/// Above the claims table: which claims it shows, by state, by kind and by whether they have evidence, and how many
/// of all that is. Changes only the ClaimFilterModel.
class ClaimFilterBar : public QWidget
{
    Q_OBJECT
public:
    ClaimFilterBar(ClaimFilterModel *filter, QWidget *parent = nullptr);

    /// Back to every claim (a search result that the filters hide is about to be shown).
    void clear();

private:
    void apply();
    void updateCount();

    ClaimFilterModel *m_filter;
    QComboBox *m_state;
    QComboBox *m_kind;
    QComboBox *m_evidence;
    QLabel *m_count;
};

} // namespace Credence::Ui
