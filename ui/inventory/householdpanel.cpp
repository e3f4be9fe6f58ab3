// SPDX-License-Identifier: GPL-3.0-or-later
#include "householdpanel.h"

#include "core/workshop.h"
#include "exchange/householdmode.h"
#include "inventory/householdlist.h"
#include "inventory/householdlistmodel.h"
#include "inventory/householdstore.h"
#include "inventory/inventoryeditor.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace wattelier::ui {

HouseholdPanel::HouseholdPanel(Workshop &workshop, QWidget *parent)
    : WorkshopPane(parent)
    , mWorkshop(workshop)
    , mModel(new HouseholdListModel(workshop, this))
    , mTable(new QTableView(this))
    , mFind(new QLineEdit(this))
    , mNotes(new QPlainTextEdit(this))
    , mNotesLabel(new QLabel(tr("&Notes about this household:"), this))
    , mEan(new QLineEdit(this))
    , mEanLabel(new QLabel(tr("&EAN code of its meter:"), this))
    , mKind(new QComboBox(this))
    , mAddAction(
          new QAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("Add &household…"), this))
    , mImportListAction(new QAction(tr("&Import a list of households…"), this))
    , mRenameAction(new QAction(tr("&Rename household…"), this))
    , mDeleteAction(new QAction(QIcon::fromTheme(QStringLiteral("list-remove")),
                                tr("Delete household…"), this))
    , mHouseholdModeAction(new QAction(tr("“My household” &mode…"), this))
    , mShowNamesAction(new QAction(tr("Show household &names"), this))
    , mNotesTimer(new QTimer(this))
{
    mTable->setModel(mModel);
    mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    mTable->setSelectionMode(QAbstractItemView::SingleSelection);
    mTable->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    mTable->verticalHeader()->hide();
    mTable->setColumnHidden(HouseholdListModel::PseudonymColumn, true);
    mTable->horizontalHeader()->setSectionResizeMode(HouseholdListModel::NameColumn,
                                                     QHeaderView::Stretch);
    mTable->horizontalHeader()->setSectionResizeMode(HouseholdListModel::OccupantsColumn,
                                                     QHeaderView::ResizeToContents);
    mTable->horizontalHeader()->setSectionResizeMode(HouseholdListModel::KwhColumn,
                                                     QHeaderView::ResizeToContents);
    mTable->setAccessibleName(tr("Households"));
    mTable->setAlternatingRowColors(true);

    mNotesLabel->setBuddy(mNotes);
    mEanLabel->setBuddy(mEan);
    mEan->setToolTip(tr("The 18 digits of the household's electricity access point, on its "
                        "energy bill (starting with 54)"));
    connect(mEan, &QLineEdit::editingFinished, this, &HouseholdPanel::saveEan);
    for (const HouseholdKind kind : {HouseholdKind::Home, HouseholdKind::OtherParticipant})
        mKind->addItem(label(kind), key(kind));
    mKind->setAccessibleName(tr("What this member is"));
    // As narrow as the list above it allows: the panel must fit a 1024-pixel projector.
    mKind->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    mKind->setMinimumContentsLength(12);
    mKind->setToolTip(tr("Another participant of the energy community (an association, a "
                         "caterer, a shared laundry) has its own meter, curves and sharing; "
                         "it is left out of the “per household” figures and of a new défi."));
    connect(mKind, &QComboBox::activated, this, [this] {
        if (mNotesTimer->isActive()) // notes typed a moment ago are written first
            saveNotes();
        const QString refused = InventoryEditor(mWorkshop).editHousehold(
            mCurrentId, HouseholdField::Kind, mKind->currentData());
        if (!refused.isEmpty())
            emit problem(refused);
        loadNotes();
    });
    mNotes->setPlaceholderText(
        tr("e.g. moved in last spring, electric hot water, works from home"));
    mNotes->setMaximumHeight(80);
    mNotes->setTabChangesFocus(true);
    // Notes are written when the user pauses typing (and merged into one undo
    // step per household), not on every key.
    mNotesTimer->setSingleShot(true);
    mNotesTimer->setInterval(700);
    connect(mNotesTimer, &QTimer::timeout, this, &HouseholdPanel::saveNotes);
    connect(mNotes, &QPlainTextEdit::textChanged, mNotesTimer, qOverload<>(&QTimer::start));

    mAddAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    mRenameAction->setShortcut(QKeySequence(Qt::Key_F2));
    mRenameAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    mTable->addAction(mRenameAction);
    // One state for the whole workshop (#19): every page, slide and document follows it.
    mShowNamesAction->setCheckable(true);
    mShowNamesAction->setChecked(workshop.showNames());
    mModel->setShowNames(workshop.showNames());
    mShowNamesAction->setToolTip(tr("Off by default: pseudonyms are shown on every page, slide "
                                    "and document until names are turned on"));
    connect(mAddAction, &QAction::triggered, this, &HouseholdPanel::addHousehold);
    mImportListAction->setToolTip(
        tr("A spreadsheet saved as CSV: one household per line, with a column of names and, "
           "if you have them, occupants, EAN codes and notes"));
    connect(mImportListAction, &QAction::triggered, this, &HouseholdPanel::chooseListToImport);
    connect(mRenameAction, &QAction::triggered, this, &HouseholdPanel::renameCurrent);
    connect(mDeleteAction, &QAction::triggered, this, &HouseholdPanel::deleteCurrent);
    mHouseholdModeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    mHouseholdModeAction->setToolTip(
        tr("A simple window where the household enters its own appliances and readings; it "
           "shows no other household and needs your PIN to leave"));
    connect(mHouseholdModeAction, &QAction::triggered, this, [this] {
        if (mCurrentId > 0)
            startHouseholdModeAtWorkshop(window(), mWorkshop, mCurrentId);
    });
    connect(mShowNamesAction, &QAction::toggled, &workshop, &Workshop::setShowNames);
    connect(&workshop, &Workshop::showNamesChanged, this, [this](bool shown) {
        const QSignalBlocker blocker(mShowNamesAction);
        mShowNamesAction->setChecked(shown);
        mModel->setShowNames(shown);
        applyFind();
        if (mNotesTimer->isActive()) // what was typed is written before the notes hide
            saveNotes();
        loadNotes();
    });
    connect(mModel, &HouseholdListModel::editRejected, this, &HouseholdPanel::problem);
    connect(mTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &HouseholdPanel::onCurrentRowChanged);
    connect(mModel, &QAbstractItemModel::rowsRemoved, this, &HouseholdPanel::onCurrentRowChanged);
    connect(&workshop.households(), &HouseholdStore::added, this,
            [this](qint64 id) { selectHousehold(id); });
    connect(&workshop.households(), &HouseholdStore::changed, this, [this](qint64 id) {
        if (id != mCurrentId || mNotes->hasFocus())
            return;
        if (mNotesTimer->isActive()) // typed, then left for another field: keep it
            saveNotes();
        loadNotes();
    });
    // After a failed step the list is read again (the model reset first): keep
    // the same household chosen when it still exists.
    connect(&workshop.households(), &HouseholdStore::reset, this, [this] {
        const qint64 current = mCurrentId;
        if (mModel->rowOf(current) >= 0)
            selectHousehold(current);
        else if (mModel->rowCount() > 0)
            mTable->selectRow(0);
        loadNotes();
    });

    // With 194 or 250 households, finding one by scrolling is slow: type part of its name.
    mFind->setPlaceholderText(tr("Find a household"));
    mFind->setAccessibleName(tr("Find a household"));
    mFind->setClearButtonEnabled(true);
    connect(mFind, &QLineEdit::textChanged, this, &HouseholdPanel::applyFind);
    connect(mFind, &QLineEdit::returnPressed, this, [this] {
        for (int row = 0; row < mModel->rowCount(); ++row)
            if (!mTable->isRowHidden(row)) {
                mTable->selectRow(row);
                mTable->setFocus();
                return;
            }
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(mModel, signal, this, &HouseholdPanel::applyFind);
    connect(mModel, &QAbstractItemModel::modelReset, this, &HouseholdPanel::applyFind);
    connect(mModel, &QAbstractItemModel::dataChanged, this, &HouseholdPanel::applyFind);

    auto *heading = new QLabel(tr("Households"), this);
    heading->setObjectName(QStringLiteral("panelHeading"));
    auto *buttons = new QHBoxLayout;
    for (QAction *action : {mAddAction, mDeleteAction}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        buttons->addWidget(button);
    }
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addLayout(buttons);
    layout->addWidget(mFind);
    layout->addWidget(mTable, 1);
    layout->addWidget(mNotesLabel);
    layout->addWidget(mNotes);
    layout->addWidget(mEanLabel);
    layout->addWidget(mEan);
    auto *kindLabel = new QLabel(tr("&This member is:"), this);
    kindLabel->setBuddy(mKind);
    layout->addWidget(kindLabel);
    layout->addWidget(mKind);

    if (mModel->rowCount() > 0)
        mTable->selectRow(0);
    onCurrentRowChanged();
}

HouseholdPanel::~HouseholdPanel()
{
    // Notes typed less than a pause ago are written before the workshop closes.
    if (mNotesTimer->isActive())
        saveNotes();
    disconnect(mModel, nullptr, this, nullptr); // a name being edited commits as the list goes
}

void HouseholdPanel::applyFind()
{
    const QString text = mFind->text().simplified();
    // Only what is on screen is searched: with names hidden, typing a name must not
    // reveal which pseudonym it hides behind.
    const int column = mModel->showNames() ? int(HouseholdListModel::NameColumn)
                                           : int(HouseholdListModel::PseudonymColumn);
    for (int row = 0; row < mModel->rowCount(); ++row) {
        const QString shown = mModel->index(row, column).data().toString();
        mTable->setRowHidden(row, !text.isEmpty() && !shown.contains(text, Qt::CaseInsensitive));
    }
}

void HouseholdPanel::selectHousehold(qint64 householdId)
{
    const int row = mModel->rowOf(householdId);
    if (row >= 0)
        mTable->selectRow(row);
}

void HouseholdPanel::onCurrentRowChanged()
{
    const QModelIndex current = mTable->selectionModel()->currentIndex();
    const qint64 id = current.isValid() ? mModel->householdIdAt(current.row()) : 0;
    mDeleteAction->setEnabled(id > 0);
    mRenameAction->setEnabled(id > 0);
    mHouseholdModeAction->setEnabled(id > 0);
    if (id == mCurrentId) {
        loadNotes();
        return;
    }
    if (mNotesTimer->isActive()) { // finish writing the previous household's notes
        mNotesTimer->stop();
        saveNotes();
    }
    mCurrentId = id;
    loadNotes();
    emit currentHouseholdChanged(id);
}

void HouseholdPanel::loadNotes()
{
    // Notes are personal too: with names hidden (others may see the screen)
    // they are hidden as well, and cannot be typed over.
    const auto household = mWorkshop.households().get(mCurrentId);
    const bool shown = household && mWorkshop.showNames();
    const QSignalBlocker blocker(mNotes);
    mNotes->setPlainText(shown ? household->notes : QString());
    mNotes->setEnabled(shown);
    mNotes->setPlaceholderText(
        household && !shown ? tr("Hidden with the names (Households ▸ Show household names)")
                            : tr("e.g. moved in last spring, electric hot water, works from home"));
    // The EAN code names a home as surely as its name: the same rule.
    const QSignalBlocker eanBlocker(mEan);
    if (!shown || !mEan->hasFocus()) // a code being typed is not overwritten
        mEan->setText(shown ? household->ean : QString());
    mEan->setEnabled(shown);
    mEan->setPlaceholderText(household && !shown ? tr("Hidden with the names")
                                                 : tr("18 digits, e.g. 541448800000012345"));
    // What a member is shows in its pseudonym already: not hidden with the names.
    const QSignalBlocker kindBlocker(mKind);
    mKind->setCurrentIndex(mKind->findData(key(household ? household->kind : HouseholdKind::Home)));
    mKind->setEnabled(household.has_value());
}

void HouseholdPanel::saveEan()
{
    const auto household = mWorkshop.households().get(mCurrentId);
    if (!household || !mWorkshop.showNames() || mEan->text() == household->ean)
        return;
    const QString refused =
        InventoryEditor(mWorkshop).editHousehold(mCurrentId, HouseholdField::Ean, mEan->text());
    if (!refused.isEmpty()) {
        emit problem(refused);
        return; // what was typed stays, to be corrected
    }
    const QSignalBlocker blocker(mEan); // the code as kept: digits only
    mEan->setText(mWorkshop.households().get(mCurrentId).value_or(Household{}).ean);
}

void HouseholdPanel::saveNotes()
{
    mNotesTimer->stop();
    if (mCurrentId > 0 && mWorkshop.households().get(mCurrentId))
        InventoryEditor(mWorkshop).editHousehold(mCurrentId, HouseholdField::Notes,
                                                 mNotes->toPlainText());
}

void HouseholdPanel::addHousehold()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Add household"),
                                               tr("Name of the household (only you see it; "
                                                  "the group sees a pseudonym):"),
                                               QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    if (name.trimmed().isEmpty()) {
        emit problem(tr("A household needs a name."));
        return;
    }
    if (InventoryEditor(mWorkshop).addHousehold(name) > 0)
        emit statusMessage(tr("Added “%1”.").arg(name.trimmed()));
}

void HouseholdPanel::chooseListToImport()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import a list of households"), QString(),
                                     tr("Spreadsheet saved as CSV (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        importList(path);
}

int HouseholdPanel::importList(const QString &path)
{
    const auto list = readHouseholdListFile(path, mWorkshop.households().all());
    if (!list) {
        emit problem(tr("Nothing was imported: %1").arg(list.error()));
        return 0;
    }
    const auto ids = InventoryEditor(mWorkshop).addHouseholds(list->households);
    if (!ids)
        return 0; // the failed write is said by the workshop
    QString done =
        tr("Added %n household(s) from %1 (Ctrl+Z takes them back).", nullptr, int(ids->size()))
            .arg(list->fileName);
    if (!list->notes.isEmpty())
        done += QLatin1Char(' ') + list->notes.join(QLatin1Char(' '));
    emit statusMessage(done);
    return int(ids->size());
}

void HouseholdPanel::renameCurrent()
{
    const auto household = mWorkshop.households().get(mCurrentId);
    if (!household)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename household"), tr("New name:"),
                                               QLineEdit::Normal, household->name, &ok);
    if (!ok)
        return;
    const QString problem =
        InventoryEditor(mWorkshop).editHousehold(mCurrentId, HouseholdField::Name, name);
    if (!problem.isEmpty())
        emit this->problem(problem);
}

void HouseholdPanel::deleteCurrent()
{
    const auto household = mWorkshop.households().get(mCurrentId);
    if (!household)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Delete household"),
        tr("Delete “%1” and its whole appliance inventory?\n\nYou can undo this with Ctrl+Z "
           "until you close the workshop.")
            .arg(mModel->showNames() ? household->name : pseudonym(*household)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    const int row = mModel->rowOf(mCurrentId);
    InventoryEditor(mWorkshop).removeHousehold(mCurrentId);
    if (mModel->rowCount() > 0)
        mTable->selectRow(qMin(row, mModel->rowCount() - 1));
}

} // namespace wattelier::ui
