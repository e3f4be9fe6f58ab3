// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workshoppane.h"

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableView;
class QTimer;

namespace wattelier {
class Workshop;
class HouseholdListModel;
} // namespace wattelier

namespace wattelier::ui {

/*! The households of the group: add, rename, delete, occupants and notes. */
class HouseholdPanel : public WorkshopPane
{
    Q_OBJECT

public:
    explicit HouseholdPanel(Workshop &workshop, QWidget *parent = nullptr);
    ~HouseholdPanel() override;

    qint64 currentHouseholdId() const { return mCurrentId; }
    void selectHousehold(qint64 householdId);

    QAction *addAction() const { return mAddAction; }
    QAction *importListAction() const { return mImportListAction; }
    QLineEdit *eanField() const { return mEan; }
    QComboBox *kindBox() const { return mKind; }
    /*!
     * Adds the households of a spreadsheet's list (name, occupants, EAN,
     * notes) as one undo step; a refused list is said and changes nothing.
     * Returns how many were added.
     */
    int importList(const QString &path);
    QAction *renameAction() const { return mRenameAction; }
    QAction *deleteAction() const { return mDeleteAction; }
    /*! Opens the locked "My household" window for the selected household. */
    QAction *householdModeAction() const { return mHouseholdModeAction; }
    QAction *showNamesAction() const { return mShowNamesAction; }
    QTableView *tableView() const { return mTable; }
    /*! Narrows the list to the households whose shown name holds the text typed. */
    QLineEdit *findField() const { return mFind; }
    HouseholdListModel *model() const { return mModel; }

signals:
    void currentHouseholdChanged(qint64 householdId);

private:
    void addHousehold();
    void chooseListToImport();
    void renameCurrent();
    void deleteCurrent();
    void onCurrentRowChanged();
    void loadNotes();
    void saveNotes();
    void saveEan();
    void applyFind();

    Workshop &mWorkshop;
    HouseholdListModel *mModel;
    QTableView *mTable;
    QLineEdit *mFind;
    QPlainTextEdit *mNotes;
    QLabel *mNotesLabel;
    QLineEdit *mEan;
    QLabel *mEanLabel;
    QComboBox *mKind;
    QAction *mAddAction;
    QAction *mImportListAction;
    QAction *mRenameAction;
    QAction *mDeleteAction;
    QAction *mHouseholdModeAction;
    QAction *mShowNamesAction;
    QTimer *mNotesTimer;
    qint64 mCurrentId = 0;
};

} // namespace wattelier::ui
