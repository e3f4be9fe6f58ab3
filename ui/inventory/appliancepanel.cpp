// SPDX-License-Identifier: GPL-3.0-or-later
#include "appliancepanel.h"

#include "appliancefilterproxy.h"
#include "applianceimportdialog.h"
#include "applianceitemdelegate.h"
#include "cataloguecompleter.h"
#include "core/enumkeys.h"
#include "core/workshop.h"
#include "inventory/appliancestore.h"
#include "inventory/appliancetablemodel.h"
#include "inventory/catalogue.h"
#include "inventory/householdstore.h"
#include "inventory/inventoryeditor.h"
#include "spreadsheetview.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace wattelier::ui {
namespace {

template <typename Enum>
void fillFilter(QComboBox *combo, const QString &allLabel, const QList<Enum> &values)
{
    combo->addItem(allLabel, QString());
    for (const Enum value : values)
        combo->addItem(label(value), key(value));
}

QToolButton *buttonFor(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    return button;
}

} // namespace

AppliancePanel::AppliancePanel(Workshop &workshop, QWidget *parent)
    : WorkshopPane(parent)
    , mWorkshop(workshop)
    , mModel(new ApplianceTableModel(workshop, this))
    , mProxy(new ApplianceFilterProxy(this))
    , mTable(new SpreadsheetView(this))
    , mHeading(new QLabel(this))
    , mCatalogueField(new QLineEdit(this))
    , mPriorityFilter(new QComboBox(this))
    , mCategoryFilter(new QComboBox(this))
    , mSearchField(new QLineEdit(this))
    , mAddAction(
          new QAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Add appliance"), this))
    , mDuplicateAction(new QAction(QIcon::fromTheme(QStringLiteral("edit-copy")),
                                   tr("D&uplicate appliance"), this))
    , mDeleteAction(new QAction(QIcon::fromTheme(QStringLiteral("list-remove")),
                                tr("&Delete appliance"), this))
    , mImportAction(new QAction(QIcon::fromTheme(QStringLiteral("document-import")),
                                tr("&Import from a spreadsheet…"), this))
{
    mProxy->setSourceModel(mModel);
    mTable->setModel(mProxy);
    auto *delegate = new ApplianceItemDelegate(mTable);
    mTable->setItemDelegate(delegate);
    mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    mTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    mTable->setSortingEnabled(true);
    mTable->verticalHeader()->hide();
    mTable->horizontalHeader()->setStretchLastSection(true);
    mTable->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    mTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    mTable->setColumnWidth(ApplianceTableModel::NameColumn, 190);
    mTable->setColumnWidth(ApplianceTableModel::CategoryColumn, 175);
    mTable->setColumnWidth(ApplianceTableModel::PriorityColumn, 120);
    mTable->setColumnWidth(ApplianceTableModel::FlexibilityColumn, 130);
    mTable->setColumnWidth(ApplianceTableModel::QuantityColumn, 45);
    mTable->setColumnWidth(ApplianceTableModel::UsageModeColumn, 120);
    mTable->setColumnWidth(ApplianceTableModel::EstimateColumn, 90);
    mTable->setColumnWidth(ApplianceTableModel::MeasuredColumn, 90);
    mTable->setAccessibleName(tr("Appliances"));
    // The estimate is what the group talks about: show it next to the name.
    // Tab skips it (it is computed), so typing order is unchanged.
    mTable->horizontalHeader()->moveSection(ApplianceTableModel::EstimateColumn, 1);
    mTable->horizontalHeader()->moveSection(ApplianceTableModel::MeasuredColumn, 2);

    mHeading->setObjectName(QStringLiteral("panelHeading"));
    mHeading->setTextFormat(Qt::PlainText); // names like "Amira & Youssef" are not HTML
    // Long appliance or household names wrap rather than widen the window.
    mHeading->setWordWrap(true);
    mCatalogueField->setPlaceholderText(tr("Add from the catalogue: type “fridge”, “frigo”…"));
    mCatalogueField->setClearButtonEnabled(true);
    mCatalogueField->setAccessibleName(tr("Add from the catalogue"));
    auto *catalogueCompleter = new CatalogueCompleter(mCatalogueField);
    connect(catalogueCompleter, &CatalogueCompleter::entryChosen, this,
            &AppliancePanel::addFromCatalogue);

    fillFilter(mPriorityFilter, tr("All priorities"), allPriorities());
    fillFilter(mCategoryFilter, tr("All categories"), allCategories());
    mPriorityFilter->setAccessibleName(tr("Filter by priority"));
    mCategoryFilter->setAccessibleName(tr("Filter by category"));
    mSearchField->setPlaceholderText(tr("Search"));
    mSearchField->setClearButtonEnabled(true);
    mSearchField->setAccessibleName(tr("Search appliances"));
    connect(mPriorityFilter, &QComboBox::currentIndexChanged, this,
            [this] { mProxy->setPriorityKey(mPriorityFilter->currentData().toString()); });
    connect(mCategoryFilter, &QComboBox::currentIndexChanged, this,
            [this] { mProxy->setCategoryKey(mCategoryFilter->currentData().toString()); });
    connect(mSearchField, &QLineEdit::textChanged, mProxy, &ApplianceFilterProxy::setText);

    mAddAction->setShortcut(QKeySequence::New);
    mAddAction->setToolTip(tr("Add an empty appliance and type its name (Ctrl+N)"));
    mDuplicateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    mDeleteAction->setShortcut(QKeySequence::Delete);
    mDeleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    mTable->addAction(mDeleteAction);
    mTable->installEventFilter(this);
    connect(mAddAction, &QAction::triggered, this, &AppliancePanel::addBlankAppliance);
    connect(mDuplicateAction, &QAction::triggered, this, &AppliancePanel::duplicateSelected);
    connect(mDeleteAction, &QAction::triggered, this, &AppliancePanel::deleteSelected);
    mImportAction->setToolTip(
        tr("Add the appliances of a list saved from LibreOffice, Excel or Google Sheets"));
    connect(mImportAction, &QAction::triggered, this, &AppliancePanel::importFromSpreadsheet);

    connect(delegate, &ApplianceItemDelegate::catalogueEntryChosen, this,
            &AppliancePanel::applyCatalogueEntry);
    connect(delegate, &ApplianceItemDelegate::inputRejected, this, &AppliancePanel::problem);
    connect(mModel, &ApplianceTableModel::editRejected, this, &AppliancePanel::problem);
    connect(mTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AppliancePanel::updateActions);
    connect(mTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                emit currentApplianceChanged(
                    current.isValid()
                        ? current.data(ApplianceTableModel::ApplianceIdRole).toLongLong()
                        : 0);
            });
    connect(mModel, &QAbstractItemModel::modelReset, this,
            [this] { emit currentApplianceChanged(0); });
    connect(mModel, &QAbstractItemModel::rowsInserted, this, &AppliancePanel::updateActions);
    connect(mModel, &QAbstractItemModel::rowsRemoved, this, &AppliancePanel::updateActions);
    connect(mModel, &QAbstractItemModel::modelReset, this, &AppliancePanel::updateActions);
    connect(&workshop.households(), &HouseholdStore::changed, this, &AppliancePanel::updateHeading);
    connect(&workshop.households(), &HouseholdStore::reset, this, &AppliancePanel::updateHeading);
    connect(&workshop, &Workshop::showNamesChanged, this, &AppliancePanel::updateHeading);

    // The catalogue box on a row of its own: beside the buttons it shrank to
    // "A…" on a 1024-pixel projector (#20), and it is how most appliances come in.
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(buttonFor(mAddAction, this));
    buttonRow->addWidget(buttonFor(mDuplicateAction, this));
    buttonRow->addWidget(buttonFor(mDeleteAction, this));
    buttonRow->addStretch(1);

    auto *filterRow = new QHBoxLayout;
    auto *filterLabel = new QLabel(tr("Show:"), this);
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(mPriorityFilter);
    filterRow->addWidget(mCategoryFilter);
    filterRow->addWidget(mSearchField, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(mHeading);
    layout->addWidget(mCatalogueField);
    layout->addLayout(buttonRow);
    layout->addLayout(filterRow);
    layout->addWidget(mTable, 1);
    updateHeading();
    updateActions();
}

AppliancePanel::~AppliancePanel()
{
    // A cell still being edited is written now, while the panel can still hear
    // the answer, not as the table goes with the panel half destroyed.
    mTable->finishEditing();
}

void AppliancePanel::setHousehold(qint64 householdId)
{
    mHouseholdId = householdId;
    mModel->setHouseholdId(householdId);
    updateHeading();
    updateActions();
}

void AppliancePanel::updateHeading()
{
    const auto household = mWorkshop.households().get(mHouseholdId);
    mHeading->setText(household
                          ? tr("Appliances of %1").arg(shownName(*household, mWorkshop.showNames()))
                          : tr("Choose or add a household to list its appliances"));
    setEnabled(household.has_value());
}

void AppliancePanel::updateActions()
{
    const bool hasHousehold = mHouseholdId > 0;
    const bool hasSelection = !selectedIds().isEmpty();
    mAddAction->setEnabled(hasHousehold);
    mImportAction->setEnabled(hasHousehold);
    mCatalogueField->setEnabled(hasHousehold);
    mDuplicateAction->setEnabled(hasSelection);
    mDeleteAction->setEnabled(hasSelection);
}

QList<qint64> AppliancePanel::selectedIds() const
{
    QList<qint64> ids;
    const auto rows = mTable->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        ids.append(row.data(ApplianceTableModel::ApplianceIdRole).toLongLong());
    return ids;
}

bool AppliancePanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != mTable || event->type() != QEvent::KeyPress || mJustAdded == 0)
        return QWidget::eventFilter(watched, event);
    const QModelIndex current = mTable->currentIndex();
    if (!current.isValid() || current.column() != ApplianceTableModel::PriorityColumn ||
        current.data(ApplianceTableModel::ApplianceIdRole).toLongLong() != mJustAdded) {
        mJustAdded = 0;
        return QWidget::eventFilter(watched, event);
    }
    auto *press = static_cast<QKeyEvent *>(event);
    if (press->key() == Qt::Key_Return || press->key() == Qt::Key_Enter) {
        mJustAdded = 0;
        mCatalogueField->setFocus();
        return true;
    }
    const QString typed = press->text().toLower();
    if (typed.size() == 1 && press->modifiers() == Qt::NoModifier) {
        for (Priority p : allPriorities()) {
            if (label(p).left(1).toLower() == typed) {
                mProxy->setData(current, key(p), Qt::EditRole);
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void AppliancePanel::revealAndEdit(qint64 applianceId, int column)
{
    reveal(applianceId, column);
    const QModelIndex current = mTable->currentIndex();
    if (current.isValid() &&
        current.data(ApplianceTableModel::ApplianceIdRole).toLongLong() == applianceId)
        mTable->edit(current);
}

void AppliancePanel::reveal(qint64 applianceId, int column)
{
    const int sourceRow = mModel->rowOf(applianceId);
    if (sourceRow < 0)
        return;
    QModelIndex index = mProxy->mapFromSource(mModel->index(sourceRow, column));
    if (!index.isValid()) {
        // The new row is hidden by a filter: clear the filters rather than hide it.
        mPriorityFilter->setCurrentIndex(0);
        mCategoryFilter->setCurrentIndex(0);
        mSearchField->clear();
        index = mProxy->mapFromSource(mModel->index(sourceRow, column));
    }
    mTable->setFocus();
    mTable->scrollTo(index);
    mTable->setCurrentIndex(index);
    mTable->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect |
                                                QItemSelectionModel::Rows);
}

void AppliancePanel::addBlankAppliance()
{
    if (mHouseholdId <= 0)
        return;
    Appliance appliance;
    appliance.householdId = mHouseholdId;
    appliance.name = tr("New appliance");
    appliance.hoursPerDay = 1.0;
    const qint64 id = InventoryEditor(mWorkshop).addAppliance(appliance);
    if (id > 0)
        revealAndEdit(id, ApplianceTableModel::NameColumn);
}

void AppliancePanel::addFromCatalogue(const QString &key)
{
    const CatalogueEntry *entry = Catalogue::builtIn().find(key);
    if (!entry || mHouseholdId <= 0)
        return;
    Appliance appliance = entry->toAppliance(currentLanguageCode());
    appliance.householdId = mHouseholdId;
    const qint64 id = InventoryEditor(mWorkshop).addAppliance(appliance);
    // Clear the field after the completer has finished with it.
    QMetaObject::invokeMethod(mCatalogueField, &QLineEdit::clear, Qt::QueuedConnection);
    if (id > 0) {
        // Straight to its priority, which the catalogue only guessed (#20).
        reveal(id, ApplianceTableModel::PriorityColumn);
        mJustAdded = id;
        QStringList keys;
        for (Priority p : allPriorities())
            keys.append(label(p).left(1).toLower());
        emit statusMessage(
            tr("Added “%1” (typical values: %2). Its priority: type %3, then "
               "Enter for the next appliance.")
                .arg(appliance.name, entry->sourcePublisher, keys.join(QStringLiteral(" / "))));
    }
}

void AppliancePanel::applyCatalogueEntry(qint64 applianceId, const QString &key)
{
    const CatalogueEntry *entry = Catalogue::builtIn().find(key);
    if (!entry)
        return;
    InventoryEditor(mWorkshop).applyCatalogueEntry(applianceId, *entry, false);
    emit statusMessage(
        tr("Typical values from %1 filled in; change any of them.").arg(entry->sourcePublisher));
}

void AppliancePanel::duplicateSelected()
{
    const QList<qint64> ids = selectedIds();
    qint64 lastId = 0;
    const bool written =
        mWorkshop.runStep(tr("Duplicate %n appliance(s)", nullptr, int(ids.size())), [&] {
            for (const qint64 id : ids)
                lastId = InventoryEditor(mWorkshop).duplicateAppliance(id);
        });
    if (written && lastId > 0)
        // A real cell: the filters are cleared only when they hide the copy.
        reveal(lastId, ApplianceTableModel::NameColumn);
}

void AppliancePanel::deleteSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    const int row = mTable->currentIndex().row();
    InventoryEditor(mWorkshop).removeAppliances(ids);
    emit statusMessage(tr("Deleted %n appliance(s). Undo with Ctrl+Z.", nullptr, int(ids.size())));
    const QModelIndex next = mProxy->index(qMin(row, mProxy->rowCount() - 1), 0);
    if (next.isValid())
        mTable->setCurrentIndex(next);
}

void AppliancePanel::importFromSpreadsheet()
{
    if (mHouseholdId <= 0)
        return;
    ApplianceImportDialog dialog(mWorkshop, mHouseholdId, this);
    if (dialog.exec() != QDialog::Accepted || dialog.importedCount() == 0)
        return;
    emit statusMessage(
        tr("Imported %n appliance(s) into %1. Undo with Ctrl+Z.", nullptr, dialog.importedCount())
            .arg(dialog.householdName()));
}

} // namespace wattelier::ui
