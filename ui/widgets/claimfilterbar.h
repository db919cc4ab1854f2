#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

namespace Credence::Ui {

class ClaimFilterModel;

/// Above the claims table: which claims it shows, by state and by kind, and how many of all that is. Changes only
/// the ClaimFilterModel; "has evidence" joins here once claims carry evidence (ClaimFilterModel::setEvidenceFilter).
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
    QLabel *m_count;
};

} // namespace Credence::Ui
