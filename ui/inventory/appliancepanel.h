// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workshoppane.h"

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;

namespace wattelier {
class Workshop;
class ApplianceTableModel;
} // namespace wattelier

namespace wattelier::ui {

class ApplianceFilterProxy;
class SpreadsheetView;

/*! The appliance inventory of one household: add from the catalogue, edit, filter, sort. */
class AppliancePanel : public WorkshopPane
{
    Q_OBJECT

public:
    explicit AppliancePanel(Workshop &workshop, QWidget *parent = nullptr);
    ~AppliancePanel() override;

    void setHousehold(qint64 householdId);

    QAction *addAction() const { return mAddAction; }
    QAction *duplicateAction() const { return mDuplicateAction; }
    QAction *deleteAction() const { return mDeleteAction; }
    /*! Appliances ▸ Import from a spreadsheet…, into the household shown. */
    QAction *importAction() const { return mImportAction; }
    SpreadsheetView *tableView() const { return mTable; }
    QLineEdit *catalogueField() const { return mCatalogueField; }

signals:
    /*! The appliance under the keyboard cursor changed (0: none). */
    void currentApplianceChanged(qint64 applianceId);

protected:
    /*!
     * On the priority cell of an appliance just taken from the catalogue, the
     * first letter of a priority (i, u, c in English and French) sets it and
     * Enter goes back to the catalogue box for the next one (#20).
     */
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addBlankAppliance();
    void addFromCatalogue(const QString &key);
    void duplicateSelected();
    void deleteSelected();
    void importFromSpreadsheet();
    void applyCatalogueEntry(qint64 applianceId, const QString &key);
    /*! Makes \a column of the appliance's row current (clearing filters that hide it). */
    void reveal(qint64 applianceId, int column);
    /*! reveal(), then opens the cell's editor. */
    void revealAndEdit(qint64 applianceId, int column);
    /*! The appliance taken from the catalogue last, whose priority the keys can set; 0: none. */
    qint64 mJustAdded = 0;
    QList<qint64> selectedIds() const;
    void updateHeading();
    void updateActions();

    Workshop &mWorkshop;
    qint64 mHouseholdId = 0;
    ApplianceTableModel *mModel;
    ApplianceFilterProxy *mProxy;
    SpreadsheetView *mTable;
    QLabel *mHeading;
    QLineEdit *mCatalogueField;
    QComboBox *mPriorityFilter;
    QComboBox *mCategoryFilter;
    QLineEdit *mSearchField;
    QAction *mAddAction;
    QAction *mDuplicateAction;
    QAction *mDeleteAction;
    QAction *mImportAction;
};

} // namespace wattelier::ui
