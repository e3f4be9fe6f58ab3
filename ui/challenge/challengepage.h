// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workshoppane.h"
#include <QModelIndexList>

class QCheckBox;
class QChartView;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;
class QTabWidget;

namespace wattelier {
class Workshop;
class ChallengeGridModel;
struct ChallengeReport;
} // namespace wattelier

namespace wattelier::ui {

class SpreadsheetView;
class HouseholdCharts;
class ChangeSpreadChart;

/*!
 * The "défi énergie": the grid of weekly meter indexes (typed or pasted from
 * a spreadsheet), the group's progress against its baseline and goal, and the
 * changes of each household — pseudonyms by default, never a ranking.
 */
class ChallengePage : public WorkshopPane
{
    Q_OBJECT

public:
    explicit ChallengePage(Workshop &workshop, QWidget *parent = nullptr);
    ~ChallengePage() override;

    SpreadsheetView *grid() const { return mGrid; }
    ChallengeGridModel *gridModel() const { return mModel; }
    QTableView *changesTable() const { return mChanges; }
    QComboBox *challengeCombo() const { return mChallenges; }
    QLabel *keyFigure() const { return mKeyFigure; }
    HouseholdCharts *householdCharts() const { return mHouseholdCharts; }
    ChangeSpreadChart *spreadChart() const { return mSpread; }
    QTabWidget *details() const { return mDetails; }
    QLineEdit *findField() const { return mFind; }

private:
    void fillChallenges();
    void refresh();
    void fillChart(const ChallengeReport &report);
    void fillChanges(const ChallengeReport &report);
    void newChallenge();
    void editChallenge();
    void editParticipant();
    void importReadings();
    void changeReadingDate();
    void markNewMeter();
    void paste(const QModelIndex &topLeft, const QList<QStringList> &rows);
    void clear(const QModelIndexList &indexes);
    void applyFind();
    qint64 currentChallengeId() const;

    Workshop &mWorkshop;
    ChallengeGridModel *mModel;
    QComboBox *mChallenges;
    QPushButton *mNew;
    QPushButton *mSettings;
    QPushButton *mParticipant;
    QPushButton *mImport;
    QCheckBox *mShowNames;
    QLabel *mKeyFigure;
    QLabel *mHint;
    SpreadsheetView *mGrid;
    QChartView *mChart;
    QTableView *mChanges;
    QStandardItemModel *mChangesModel;
    HouseholdCharts *mHouseholdCharts;
    ChangeSpreadChart *mSpread;
    QTabWidget *mDetails;
    QLineEdit *mFind;
    qint64 mDetailsChosenFor = 0; //!< the challenge whose default tab was chosen
};

} // namespace wattelier::ui
