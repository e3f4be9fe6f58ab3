// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/appliance.h"
#include "inventory/applianceimport/appliancecsv.h"

#include <QDialog>
#include <QMap>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace wattelier {
class ApplianceImportModel;
class Workshop;
} // namespace wattelier

namespace wattelier::ui {

/*!
 * Appliances ▸ Import from a spreadsheet: choose or drop a list saved by
 * LibreOffice, Excel or Google Sheets as CSV or text, say which column holds
 * what (guessed from the column names), see every line as it will be
 * imported, and add them all to a household as one undoable step. A line
 * with a problem blocks the import: nothing is half imported.
 */
class ApplianceImportDialog : public QDialog
{
    Q_OBJECT

public:
    ApplianceImportDialog(Workshop &workshop, qint64 householdId, QWidget *parent = nullptr);

    /*! Reads \a path and shows the preview. */
    void setFile(const QString &path);

    QComboBox *householdBox() const { return mHousehold; }
    QCheckBox *headerBox() const { return mHeader; }
    QComboBox *mappingBox(ApplianceField field) const { return mMapping.value(field); }
    QTableView *preview() const { return mPreview; }
    ApplianceImportModel *previewModel() const { return mModel; }
    QLabel *summaryLabel() const { return mSummary; }
    QPushButton *importButton() const { return mImportButton; }

    /*! How many appliances the last accept() added (0 before). */
    int importedCount() const { return mImported; }
    /*! The chosen household as the dialog shows it ("Household C"). */
    QString householdName() const;

    void accept() override;

private:
    void chooseFile();
    void readTable();
    void fillMappingBoxes();
    void updatePreview();
    QString summaryText() const;

    Workshop &mWorkshop;
    QString mPath;
    QByteArray mRaw;
    DelimitedTable mTable;
    int mImported = 0;

    QLineEdit *mFileEdit;
    QComboBox *mHousehold;
    QCheckBox *mHeader;
    QMap<ApplianceField, QComboBox *> mMapping;
    ApplianceImportModel *mModel;
    QTableView *mPreview;
    QLabel *mSummary;
    QDialogButtonBox *mButtons;
    QPushButton *mImportButton = nullptr;
};

} // namespace wattelier::ui
