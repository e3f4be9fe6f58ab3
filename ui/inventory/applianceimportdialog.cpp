// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/applianceimportdialog.h"

#include "core/workshop.h"
#include "inventory/applianceimport/applianceimport.h"
#include "inventory/applianceimport/applianceimportmodel.h"
#include "inventory/household.h"
#include "inventory/householdstore.h"
#include "screenfit.h"
#include "windowfiledrop.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace wattelier::ui {
namespace {

// An appliance list is small; anything bigger is not one (see readDelimitedTable()).
constexpr qint64 maxReadBytes = 8 * 1024 * 1024;
constexpr int problemsInSummary = 3;
constexpr int mappingColumns = 3; // label + box pairs side by side

} // namespace

ApplianceImportDialog::ApplianceImportDialog(Workshop &workshop, qint64 householdId,
                                             QWidget *parent)
    : QDialog(parent)
    , mWorkshop(workshop)
    , mFileEdit(new QLineEdit(this))
    , mHousehold(new QComboBox(this))
    , mHeader(new QCheckBox(tr("First &line is a header (column names)"), this))
    , mModel(new ApplianceImportModel(this))
    , mPreview(new QTableView(this))
    , mSummary(new QLabel(this))
    , mButtons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Import appliances from a spreadsheet"));
    // A file dropped anywhere on the dialog is read (a workshop file too: it is refused as such).
    const auto read = [this](const QString &path) {
        setFile(path);
        return true;
    };
    new WindowFileDrop(this, read, read);
    fitOnScreen(this, QSize(980, 640));

    mFileEdit->setReadOnly(true);
    mFileEdit->setPlaceholderText(tr("Drop a CSV or text file here, or choose one"));
    mFileEdit->setAccessibleName(tr("Spreadsheet file"));
    auto *choose = new QPushButton(tr("&Choose…"), this);
    auto *reread = new QPushButton(tr("&Read again"), this);
    reread->setToolTip(tr("Read the file again after correcting it in the spreadsheet"));
    connect(choose, &QPushButton::clicked, this, &ApplianceImportDialog::chooseFile);
    connect(reread, &QPushButton::clicked, this, [this] { setFile(mPath); });
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(mFileEdit, 1);
    fileRow->addWidget(choose);
    fileRow->addWidget(reread);

    for (const Household &h : workshop.households().all())
        mHousehold->addItem(pseudonym(h), h.id);
    mHousehold->setCurrentIndex(std::max(0, mHousehold->findData(householdId)));
    mHeader->setChecked(true);

    auto *top = new QFormLayout;
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(choose); // Alt+F chooses a file; the path itself is read-only
    top->addRow(fileLabel, fileRow);
    top->addRow(tr("Add to house&hold:"), mHousehold);
    top->addRow(QString(), mHeader);

    // One box per field, "(not imported)" or a column of the file.
    auto *mappingBox = new QGroupBox(tr("Colu&mns of the file"), this);
    auto *grid = new QGridLayout(mappingBox);
    const QList<ApplianceField> fields = importableFields();
    const int rows = int((fields.size() + mappingColumns - 1) / mappingColumns);
    for (int i = 0; i < fields.size(); ++i) {
        auto *box = new QComboBox(mappingBox);
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(14);
        auto *label = new QLabel(tr("%1:").arg(importFieldLabel(fields.at(i))), mappingBox);
        label->setBuddy(box);
        // On Linux a combo box's accessible name is its current text: say what it is for.
        box->setAccessibleDescription(
            tr("Column of the file for %1").arg(importFieldLabel(fields.at(i))));
        const int row = i % rows;
        const int column = 2 * (i / rows);
        grid->addWidget(label, row, column);
        grid->addWidget(box, row, column + 1);
        grid->setColumnStretch(column + 1, 1);
        mMapping.insert(fields.at(i), box);
        connect(box, &QComboBox::currentIndexChanged, this, &ApplianceImportDialog::updatePreview);
    }
    // Tab goes down each column of boxes, as the eye reads them.
    QWidget *previous = mHeader;
    for (int column = 0; column < mappingColumns; ++column) {
        for (int row = 0; row < rows && column * rows + row < fields.size(); ++row) {
            QWidget *box = mMapping.value(fields.at(column * rows + row));
            setTabOrder(previous, box);
            previous = box;
        }
    }

    mPreview->setModel(mModel);
    mPreview->setAccessibleName(tr("Lines as they will be imported"));
    mPreview->setSelectionBehavior(QAbstractItemView::SelectRows);
    mPreview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mPreview->setTabKeyNavigation(false); // Tab leaves the table: it is only read
    mPreview->setWordWrap(false);
    mPreview->verticalHeader()->hide();
    mPreview->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    mPreview->setColumnWidth(ApplianceImportModel::LineColumn, 50);
    mPreview->setColumnWidth(ApplianceImportModel::StatusColumn, 330);
    mPreview->setColumnWidth(ApplianceImportModel::FirstFieldColumn, 160);
    auto *previewLabel = new QLabel(tr("&Preview:"), this);
    previewLabel->setBuddy(mPreview);

    mSummary->setWordWrap(true);
    mSummary->setTextFormat(Qt::PlainText); // names and cells from the file are not HTML
    mSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    mImportButton = mButtons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    connect(mButtons, &QDialogButtonBox::accepted, this, &ApplianceImportDialog::accept);
    connect(mButtons, &QDialogButtonBox::rejected, this, &ApplianceImportDialog::reject);
    connect(mHeader, &QCheckBox::toggled, this, &ApplianceImportDialog::readTable);
    connect(mHousehold, &QComboBox::currentIndexChanged, this,
            &ApplianceImportDialog::updatePreview);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(mappingBox);
    layout->addWidget(previewLabel);
    layout->addWidget(mPreview, 1);
    layout->addWidget(mSummary);
    layout->addWidget(mButtons);
    fillMappingBoxes();
    updatePreview();
}

QString ApplianceImportDialog::householdName() const
{
    return mHousehold->currentText();
}

void ApplianceImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import appliances from a spreadsheet"), QFileInfo(mPath).absolutePath(),
        tr("Spreadsheet exports (*.csv *.tsv *.txt);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void ApplianceImportDialog::setFile(const QString &path)
{
    if (path.isEmpty())
        return;
    mPath = path;
    mFileEdit->setText(QDir::toNativeSeparators(path));
    QFile file(path);
    mRaw.clear();
    if (file.open(QIODevice::ReadOnly))
        mRaw = file.read(maxReadBytes);
    readTable();
}

void ApplianceImportDialog::readTable()
{
    mTable = mPath.isEmpty()
                 ? DelimitedTable{}
                 : readDelimitedTable(mRaw, QFileInfo(mPath).fileName(), mHeader->isChecked());
    if (!mPath.isEmpty() && mRaw.isEmpty() && QFileInfo(mPath).size() > 0)
        mTable.problem =
            ImportProblem{QFileInfo(mPath).fileName(), 0, 0, tr("the file cannot be read")};
    fillMappingBoxes();
    updatePreview();
}

void ApplianceImportDialog::fillMappingBoxes()
{
    const bool header = mHeader->isChecked();
    const ColumnMapping guessed = guessMapping(mTable.header);
    const int columns = mTable.columnCount();
    for (auto it = mMapping.cbegin(); it != mMapping.cend(); ++it) {
        QComboBox *box = it.value();
        const QSignalBlocker block(box);
        const int previous = box->currentData().toInt();
        box->clear();
        box->addItem(tr("(not imported)"), -1);
        for (int c = 0; c < columns; ++c) {
            // Without names, the first line's value tells the columns apart.
            const QString example = mTable.records.isEmpty()
                                        ? QString()
                                        : mTable.records.first().cells.value(c).simplified();
            box->addItem(header ? tr("%1: %2").arg(pseudonymCode(c), mTable.columnName(c))
                                : tr("Column %1 (“%2”)").arg(pseudonymCode(c), example.left(24)),
                         c);
        }
        int choice = guessed.column(it.key());
        if (!header)
            choice = previous >= 0 && previous < columns               ? previous
                     : it.key() == ApplianceField::Name && columns > 0 ? 0
                                                                       : -1;
        box->setCurrentIndex(std::max(0, box->findData(choice)));
        box->setEnabled(columns > 0);
    }
}

void ApplianceImportDialog::updatePreview()
{
    ColumnMapping mapping;
    for (auto it = mMapping.cbegin(); it != mMapping.cend(); ++it)
        mapping.setColumn(it.key(), it.value()->currentData().toInt());
    mModel->setImport(
        mPath.isEmpty()
            ? ApplianceImport{}
            : buildApplianceImport(mTable, mapping, mHousehold->currentData().toLongLong()));
    mSummary->setText(summaryText());
    mImportButton->setEnabled(mModel->import().canImport() && mHousehold->count() > 0);
}

QString ApplianceImportDialog::summaryText() const
{
    if (mPath.isEmpty())
        return tr("Save the list from your spreadsheet as CSV (LibreOffice and Excel: Save as ▸ "
                  "CSV; Google Sheets: Download ▸ CSV), then choose it or drop it here. Each "
                  "line is an appliance; its columns are matched below.");
    const ApplianceImport &import = mModel->import();
    QStringList parts;
    if (import.canImport())
        parts.append(tr("%n appliance(s) will be added to %1.", nullptr, int(import.rows.size()))
                         .arg(householdName()));
    if (import.fileProblem)
        parts.append(tr("This file cannot be imported: %1").arg(import.fileProblem->toString()));
    QStringList lines;
    for (const ImportedAppliance &row : import.rows) {
        if (!row.ok())
            lines.append(tr("line %1: %2").arg(row.line).arg(row.problems.join(QLatin1Char(' '))));
    }
    if (!lines.isEmpty()) {
        // One problem a line, so that each can be found in the spreadsheet.
        parts.append(tr("%n line(s) have problems:", nullptr, int(lines.size())));
        parts.append(lines.mid(0, problemsInSummary));
        if (lines.size() > problemsInSummary)
            parts.append(QStringLiteral("…"));
        parts.append(tr("Nothing is imported while a line has a problem: correct the file "
                        "and read it again, or change the columns."));
    }
    parts.append(import.notes);
    return parts.join(QLatin1Char('\n'));
}

void ApplianceImportDialog::accept()
{
    if (!mModel->import().canImport() || mHousehold->count() == 0)
        return;
    mImported = applyApplianceImport(mWorkshop, mModel->import());
    if (mImported == 0) {
        // The workshop reported the write failure; the file is unchanged.
        mSummary->setText(tr("Nothing was imported: the workshop file could not be written."));
        return;
    }
    QDialog::accept();
}

} // namespace wattelier::ui
