// SPDX-License-Identifier: GPL-3.0-or-later
// The grid's edits that go beyond typing a cell: paste and clear (on the rows a
// search found), import
// from a spreadsheet export, a reading's real day, a new meter. Split from
// challengepage.cpp, which lays out the page and shows the figures.

#include "challengepage.h"

#include "challenge/challengeeditor.h"
#include "challenge/challengegridmodel.h"
#include "challenge/challengestore.h"
#include "challenge/indexreadingcsv.h"
#include "core/typednumber.h"
#include "core/units.h"
#include "core/workshop.h"
#include "householdcharts.h"
#include "inventory/householdstore.h"
#include "numberinput.h"
#include "spreadsheetview.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace wattelier::ui {

void ChallengePage::importReadings()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import meter readings"), QDir::homePath(),
                                     tr("Spreadsheet exports (*.csv *.txt *.tsv);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Import meter readings"),
                             tr("“%1” could not be read: %2")
                                 .arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    const MeterCsvImport import = parseIndexReadingsCsv(file.readAll(), path, mWorkshop);
    if (!import.error.isEmpty()) {
        QMessageBox::warning(this, tr("Import meter readings"),
                             tr("Nothing was imported.\n\n%1").arg(import.error));
        return;
    }
    // Preview: what was understood, before anything is written.
    QDialog preview(this);
    preview.setWindowTitle(tr("Import meter readings"));
    auto *table = new QTableWidget(int(import.rows.size()), 5, &preview);
    table->setHorizontalHeaderLabels(
        {tr("Line"), tr("Household"), tr("Date"), tr("Register"), tr("Index")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int r = 0; r < import.rows.size(); ++r) {
        const MeterCsvRow &row = import.rows.at(r);
        const auto household = mWorkshop.households().get(row.entry.householdId);
        const QString who =
            household ? (mShowNames->isChecked() ? household->name : pseudonym(*household))
                      : row.household;
        const QStringList cells = {QString::number(row.line), who, units::date(row.entry.date),
                                   label(row.entry.reg),
                                   QLocale().toString(row.entry.index.value_or(0), 'f', 1)};
        for (int c = 0; c < cells.size(); ++c)
            table->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    table->resizeColumnsToContents();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &preview);
    buttons->button(QDialogButtonBox::Ok)
        ->setText(tr("Import %n reading(s)", nullptr, int(import.rows.size())));
    connect(buttons, &QDialogButtonBox::accepted, &preview, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &preview, &QDialog::reject);
    auto *layout = new QVBoxLayout(&preview);
    layout->addWidget(new QLabel(tr("%1: this is what Wattelier understood. Nothing is written "
                                    "until you import, and all readings go in together or none.")
                                     .arg(QFileInfo(path).fileName()),
                                 &preview));
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    preview.resize(640, 480);
    if (preview.exec() != QDialog::Accepted)
        return;
    QList<MeterIndexEntry> entries;
    QStringList where;
    for (const MeterCsvRow &row : import.rows) {
        entries.append(row.entry);
        where.append(tr("%1, line %2").arg(QFileInfo(path).fileName()).arg(row.line));
    }
    const QString error = ChallengeEditor(mWorkshop).setMeterIndexes(entries, where);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Import meter readings"),
                             tr("Nothing was imported.\n\n%1").arg(error));
    else
        emit statusMessage(
            tr("Imported %n reading(s). Undo with Ctrl+Z.", nullptr, int(entries.size())));
}

void ChallengePage::changeReadingDate()
{
    const QModelIndex index = mGrid->currentIndex();
    const qint64 readingId = index.data(ChallengeGridModel::ReadingIdRole).toLongLong();
    if (readingId <= 0) {
        emit problem(tr("Choose a cell with a reading first."));
        return;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Day of the reading"));
    auto *date = new QDateEdit(index.data(ChallengeGridModel::ReadDateRole).toDate(), &dialog);
    date->setCalendarPopup(true);
    date->setDisplayFormat(units::dateFormat());
    auto *form = new QFormLayout;
    form->addRow(tr("Read on:"), date);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString error = ChallengeEditor(mWorkshop).moveIndexReading(readingId, date->date());
    if (!error.isEmpty())
        emit problem(error);
}

void ChallengePage::markNewMeter()
{
    const QModelIndex index = mGrid->currentIndex();
    if (!index.isValid())
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("New meter"));
    auto *oldFinal = new QDoubleSpinBox(&dialog);
    auto *newIndex = new QDoubleSpinBox(&dialog);
    for (QDoubleSpinBox *box : {oldFinal, newIndex}) {
        box->setRange(0, 9999999);
        box->setDecimals(1);
        box->setSuffix(tr(" kWh"));
    }
    auto *knowsOld = new QCheckBox(tr("The old meter's last index was noted:"), &dialog);
    knowsOld->setChecked(true);
    connect(knowsOld, &QCheckBox::toggled, oldFinal, &QWidget::setEnabled);
    newIndex->setValue(index.data(Qt::EditRole).toDouble());
    auto *form = new QFormLayout;
    form->addRow(knowsOld, oldFinal);
    form->addRow(tr("The new meter's index that day:"), newIndex);
    auto *note = new QLabel(tr("Without the old meter's last index, the week of the change stays "
                               "unknown; the weeks after it count from the new meter."),
                            &dialog);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    MeterIndexEntry entry = mModel->entryFor(index, newIndex->value());
    entry.meterReplaced = true;
    entry.oldMeterFinalIndex =
        knowsOld->isChecked() ? std::optional<double>(oldFinal->value()) : std::nullopt;
    const QString error = ChallengeEditor(mWorkshop).setMeterIndex(entry);
    if (error.isEmpty())
        emit statusMessage(tr("New meter noted. Undo with Ctrl+Z."));
    else
        emit problem(error);
}

void ChallengePage::paste(const QModelIndex &topLeft, const QList<QStringList> &rows)
{
    QList<MeterIndexEntry> entries;
    // Values that read two ways ("12.300"): one question for the whole block.
    QList<qsizetype> ambiguous;
    QList<TypedNumber> typedValues;
    QString firstAmbiguous;
    if (mGrid->isRowHidden(topLeft.row())) {
        emit problem(tr("Nothing pasted: the chosen cell's household is not among those found."));
        return;
    }
    // The rows on screen from the one pasted at: a found household's rows,
    // never the rows a filter hides between them.
    QList<int> targetRows;
    for (int row = topLeft.row(); row < mModel->rowCount() && targetRows.size() < rows.size();
         ++row)
        if (!mGrid->isRowHidden(row))
            targetRows.append(row);
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows.at(r).size(); ++c) {
            const QModelIndex index = r < targetRows.size()
                                          ? mModel->index(targetRows.at(r), topLeft.column() + c)
                                          : QModelIndex();
            if (!index.isValid())
                continue; // beyond the grid: ignored, like a spreadsheet's edge
            const QString text = rows.at(r).at(c).trimmed();
            const TypedNumber typed = readTypedNumber(text);
            if (typed.status == TypedNumber::Status::Invalid) {
                emit problem(tr("Nothing pasted: “%1” (row %2, column %3) is not an index.")
                                 .arg(text)
                                 .arg(r + 1)
                                 .arg(c + 1));
                return;
            }
            if (typed.status == TypedNumber::Status::Ambiguous) {
                if (ambiguous.isEmpty())
                    firstAmbiguous = text;
                ambiguous.append(entries.size());
            }
            typedValues.append(typed);
            entries.append(mModel->entryFor(index, typed.status == TypedNumber::Status::Empty
                                                       ? std::nullopt
                                                       : std::optional<double>(typed.value)));
        }
    }
    if (!ambiguous.isEmpty()) {
        const TypedNumber &first = typedValues.at(ambiguous.first());
        const auto chosen = askWhichNumber(this, firstAmbiguous, first.value, first.decimalValue,
                                           int(ambiguous.size()) - 1);
        if (!chosen) {
            emit statusMessage(tr("Nothing pasted."));
            return;
        }
        const bool thousands = *chosen == first.value;
        for (qsizetype i : ambiguous)
            entries[i].index = thousands ? typedValues.at(i).value : typedValues.at(i).decimalValue;
    }
    const QString error = ChallengeEditor(mWorkshop).setMeterIndexes(entries);
    if (const QString warning = ChallengeEditor::futureReadingWarning(entries);
        error.isEmpty() && !warning.isEmpty())
        emit problem(warning);
    else if (error.isEmpty())
        emit statusMessage(
            tr("Pasted %n value(s). Undo with Ctrl+Z.", nullptr, int(entries.size())));
    else
        emit problem(tr("Nothing pasted: %1").arg(error));
}

void ChallengePage::clear(const QModelIndexList &indexes)
{
    QList<MeterIndexEntry> entries;
    for (const QModelIndex &index : indexes) {
        if (index.data(ChallengeGridModel::ReadingIdRole).toLongLong() > 0)
            entries.append(mModel->entryFor(index, std::nullopt));
    }
    const QString error = ChallengeEditor(mWorkshop).setMeterIndexes(entries);
    if (!error.isEmpty())
        emit problem(error);
}

void ChallengePage::applyFind()
{
    // Only what is on screen is searched: with names hidden, typing a name
    // must not reveal which pseudonym it hides behind.
    const QString text = mFind->text().simplified();
    const auto hides = [&](const QVariant &title) {
        return !text.isEmpty() && !title.toString().contains(text, Qt::CaseInsensitive);
    };
    for (int row = 0; row < mModel->rowCount(); ++row)
        mGrid->setRowHidden(row, hides(mModel->headerData(row, Qt::Vertical)));
    for (int row = 0; row + 1 < mChangesModel->rowCount(); ++row) // the group's row stays
        mChanges->setRowHidden(row, hides(mChangesModel->headerData(row, Qt::Vertical)));
    mHouseholdCharts->setFilter(text);
}

} // namespace wattelier::ui
