// SPDX-License-Identifier: GPL-3.0-or-later
#include "applianceform.h"

#include "categoryicons.h"
#include "core/enumkeys.h"
#include "core/units.h"
#include "inventory/catalogue.h"
#include "inventory/estimate.h"
#include "numberinput.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace wattelier::ui {
namespace {
constexpr int keyRole = Qt::UserRole + 1;

QString numberText(double value)
{
    return QLocale().toString(value, 'g', 10);
}

QGroupBox *questionBox(const QString &question, QButtonGroup *group,
                       const QList<std::pair<int, QString>> &answers, QWidget *parent)
{
    auto *box = new QGroupBox(question, parent);
    auto *layout = new QVBoxLayout(box);
    for (const auto &[id, text] : answers) {
        auto *radio = new QRadioButton(text, box);
        group->addButton(radio, id);
        layout->addWidget(radio);
    }
    return box;
}

void uncheckAll(QButtonGroup *group)
{
    // An exclusive group cannot be emptied otherwise: a new appliance typed
    // by hand has no answer yet, and must not look as if it had one.
    group->setExclusive(false);
    for (QAbstractButton *button : group->buttons())
        button->setChecked(false);
    group->setExclusive(true);
}

} // namespace

ApplianceForm::ApplianceForm(QWidget *parent)
    : QWidget(parent)
    , mTitle(new QLabel(this))
    , mSearch(new QLineEdit(this))
    , mCatalogue(new QListWidget(this))
    , mNothingFound(new QLabel(this))
    , mNumbers(new QFormLayout)
    , mQuantity(new QSpinBox(this))
    , mPower(new QLineEdit(this))
    , mHours(new QLineEdit(this))
    , mDays(new QLineEdit(this))
    , mCycles(new QLineEdit(this))
    , mKwhPerCycle(new QLineEdit(this))
    , mEstimate(new QLabel(this))
    , mPriority(new QButtonGroup(this))
    , mFlexibility(new QButtonGroup(this))
    , mProblem(new QLabel(this))
    , mSave(new QPushButton(tr("&Save"), this))
    , mCancel(new QPushButton(tr("Cancel"), this))
{
    mTitle->setObjectName(QStringLiteral("householdFormTitle"));
    auto *searchLabel = new QLabel(tr("&What is it?"), this);
    searchLabel->setBuddy(mSearch);
    mSearch->setPlaceholderText(tr("Type a word: fridge, lamp, TV…"));
    mSearch->setClearButtonEnabled(true);
    mSearch->installEventFilter(this);
    mCatalogue->setAccessibleName(tr("Appliances to choose from"));
    mCatalogue->setIconSize(QSize(48, 48));
    mCatalogue->setSpacing(2);
    mCatalogue->setUniformItemSizes(true);
    mCatalogue->installEventFilter(this);
    mNothingFound->setWordWrap(true);
    mNothingFound->setText(tr("Not in the list? Keep your own name and fill in the rest."));
    mQuantity->setRange(1, 1000);
    mQuantity->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0000000000")));
    mQuantity->setAccessibleName(tr("How many?"));
    for (QLineEdit *field : {mPower, mHours, mDays, mCycles, mKwhPerCycle}) {
        field->setAlignment(Qt::AlignRight);
        field->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0000000000")));
        connect(field, &QLineEdit::textEdited, this, &ApplianceForm::updateEstimate);
    }
    connect(mQuantity, &QSpinBox::valueChanged, this, &ApplianceForm::updateEstimate);
    mNumbers->addRow(tr("How &many?"), mQuantity);
    mNumbers->addRow(tr("&Power (W):"), mPower);
    mNumbers->addRow(tr("&Hours a day it runs:"), mHours);
    mNumbers->addRow(tr("&Days a week:"), mDays);
    mNumbers->addRow(tr("&Times a week:"), mCycles);
    mNumbers->addRow(tr("&Energy each time (kWh):"), mKwhPerCycle);
    mEstimate->setObjectName(QStringLiteral("householdEstimate"));

    auto *priorityBox = questionBox(tr("Could you do without it for a day?"), mPriority,
                                    {{int(Priority::Indispensable), tr("No, I need it every day")},
                                     {int(Priority::Useful), tr("With some difficulty")},
                                     {int(Priority::Comfort), tr("Yes, easily")}},
                                    this);
    auto *flexibilityBox =
        questionBox(tr("Could it run at another time?"), mFlexibility,
                    {{int(Flexibility::None), tr("No")},
                     {int(Flexibility::WithinDay), tr("Yes, later the same day")},
                     {int(Flexibility::AcrossDays), tr("Yes, on another day")},
                     {int(Flexibility::CouldDoWithout), tr("It could even stay off")}},
                    this);
    mProblem->setObjectName(QStringLiteral("householdProblem"));
    mProblem->setWordWrap(true);
    mProblem->setStyleSheet(QStringLiteral("color: #A0281E; font-weight: 600;"));
    mProblem->hide();
    mSave->setObjectName(QStringLiteral("householdPrimary"));
    connect(mSave, &QPushButton::clicked, this, &ApplianceForm::saveRequested);
    connect(mCancel, &QPushButton::clicked, this, &ApplianceForm::cancelRequested);
    connect(mSearch, &QLineEdit::textEdited, this, &ApplianceForm::fillCatalogue);
    connect(mCatalogue, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { chooseRow(mCatalogue->row(item)); });

    mNumbers->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    mNumbers->setVerticalSpacing(8);
    auto *left = new QVBoxLayout;
    left->setSpacing(6);
    left->addWidget(searchLabel);
    left->addWidget(mSearch);
    left->addWidget(mCatalogue, 1);
    left->addWidget(mNothingFound);
    auto *questions = new QHBoxLayout;
    questions->addWidget(priorityBox, 0, Qt::AlignTop);
    questions->addWidget(flexibilityBox, 0, Qt::AlignTop);
    auto *right = new QVBoxLayout;
    right->setSpacing(10);
    right->addLayout(mNumbers);
    right->addWidget(mEstimate);
    right->addLayout(questions);
    right->addStretch();
    auto *columns = new QHBoxLayout;
    columns->setSpacing(28);
    columns->addLayout(left, 2);
    columns->addLayout(right, 3);
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(12);
    buttons->addWidget(mProblem, 1);
    buttons->addStretch();
    buttons->addWidget(mCancel);
    buttons->addWidget(mSave);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(mTitle);
    layout->addLayout(columns, 1);
    layout->addLayout(buttons);

    // Keyboard order follows the questions, top to bottom (the question
    // boxes are made after the buttons).
    QList<QWidget *> order{mSearch, mCatalogue, mQuantity, mPower,
                           mHours,  mDays,      mCycles,   mKwhPerCycle};
    for (QButtonGroup *group : {mPriority, mFlexibility}) {
        for (QAbstractButton *answer : group->buttons())
            order.append(answer);
    }
    order << mCancel << mSave;
    for (int i = 0; i + 1 < order.size(); ++i)
        setTabOrder(order.at(i), order.at(i + 1));
}

void ApplianceForm::startNew(qint64 householdId)
{
    mBase = Appliance{};
    mBase.householdId = householdId;
    mTitle->setText(tr("A new appliance"));
    mSearch->clear();
    fillCatalogue(QString());
    showValues(mBase);
    mPower->clear();
    mHours->clear();
    uncheckAll(mPriority);
    uncheckAll(mFlexibility);
    mProblem->hide();
    mSearch->setFocus();
}

void ApplianceForm::startEdit(const Appliance &appliance)
{
    mBase = appliance;
    mTitle->setText(tr("Change “%1”").arg(appliance.name));
    mSearch->setText(appliance.name);
    fillCatalogue(QString()); // the whole list: the name may match nothing
    showValues(appliance);
    mProblem->hide();
    mQuantity->setFocus();
}

void ApplianceForm::showValues(const Appliance &appliance)
{
    mQuantity->setValue(appliance.quantity);
    mPower->setText(numberText(appliance.powerW));
    mHours->setText(numberText(appliance.hoursPerDay));
    mDays->setText(numberText(appliance.daysPerWeek));
    mCycles->setText(numberText(appliance.cyclesPerWeek));
    mKwhPerCycle->setText(numberText(appliance.kwhPerCycle));
    if (QAbstractButton *answer = mPriority->button(int(appliance.priority)))
        answer->setChecked(true);
    if (QAbstractButton *answer = mFlexibility->button(int(appliance.flexibility)))
        answer->setChecked(true);
    updateUsageRows();
}

void ApplianceForm::updateUsageRows()
{
    const bool cycles = mBase.usageMode == UsageMode::Cycles;
    mNumbers->setRowVisible(mHours, !cycles);
    mNumbers->setRowVisible(mDays, !cycles);
    mNumbers->setRowVisible(mCycles, cycles);
    mNumbers->setRowVisible(mKwhPerCycle, cycles);
    updateEstimate();
}

void ApplianceForm::updateEstimate()
{
    QString problem;
    const auto appliance = entered(&problem);
    mEstimate->setText(appliance
                           ? tr("About %1 a year").arg(units::kwh(estimatedKwhPerYear(*appliance)))
                           : QString());
}

void ApplianceForm::fillCatalogue(const QString &text)
{
    const QString language = currentLanguageCode();
    QList<const CatalogueEntry *> entries;
    if (text.trimmed().isEmpty()) {
        for (const CatalogueEntry &entry : Catalogue::builtIn().entries())
            entries.append(&entry);
    } else {
        entries = Catalogue::builtIn().search(text);
    }
    mCatalogue->clear();
    for (const CatalogueEntry *entry : std::as_const(entries)) {
        auto *item = new QListWidgetItem(categoryIcon(entry->typical.category),
                                         entry->name(language), mCatalogue);
        item->setData(keyRole, entry->key);
    }
    mNothingFound->setVisible(entries.isEmpty());
}

void ApplianceForm::chooseRow(int row)
{
    const QListWidgetItem *item = mCatalogue->item(row);
    if (!item)
        return;
    if (const CatalogueEntry *entry = Catalogue::builtIn().find(item->data(keyRole).toString()))
        choose(*entry);
}

void ApplianceForm::choose(const CatalogueEntry &entry)
{
    // The catalogue's typical values replace the shown ones; what only the
    // household knows (how many, which appliance this is) stays.
    Appliance typical = entry.toAppliance(currentLanguageCode());
    typical.id = mBase.id;
    typical.householdId = mBase.householdId;
    typical.quantity = mQuantity->value();
    typical.notes = mBase.notes;
    typical.position = mBase.position;
    mBase = typical;
    mSearch->setText(typical.name);
    showValues(typical);
    mProblem->hide();
    mQuantity->setFocus(Qt::OtherFocusReason);
    mQuantity->selectAll();
}

std::optional<Appliance> ApplianceForm::entered(QString *problem) const
{
    Appliance appliance = mBase;
    appliance.name = mSearch->text().trimmed();
    appliance.quantity = mQuantity->value();
    if (appliance.name.isEmpty()) {
        *problem = tr("Say what it is: type a word such as “fridge”, or pick it from the list.");
        return std::nullopt;
    }
    const auto read = [&](QLineEdit *field, ApplianceField which, double *into,
                          const QString &missing) {
        const auto value = parseLocaleNumber(field->text(), this);
        if (!value) {
            *problem = field->text().trimmed().isEmpty()
                           ? missing
                           : tr("“%1” is not a number.").arg(field->text().trimmed());
            return false;
        }
        *problem = validateField(which, *value);
        *into = *value;
        return problem->isEmpty();
    };
    if (!read(mPower, ApplianceField::PowerW, &appliance.powerW,
              tr("How much power does it use? Type the watts (W) written on it, or pick it "
                 "from the list for a usual value.")))
        return std::nullopt;
    if (appliance.usageMode == UsageMode::Hours) {
        if (!read(mHours, ApplianceField::HoursPerDay, &appliance.hoursPerDay,
                  tr("About how many hours a day does it run?")) ||
            !read(mDays, ApplianceField::DaysPerWeek, &appliance.daysPerWeek,
                  tr("How many days a week is it used?")))
            return std::nullopt;
    } else if (!read(mCycles, ApplianceField::CyclesPerWeek, &appliance.cyclesPerWeek,
                     tr("How many times a week is it used?")) ||
               !read(mKwhPerCycle, ApplianceField::KwhPerCycle, &appliance.kwhPerCycle,
                     tr("How much energy does it use each time (kWh)?"))) {
        return std::nullopt;
    }
    if (mPriority->checkedId() < 0) {
        *problem = tr("Answer “Could you do without it for a day?”.");
        return std::nullopt;
    }
    if (mFlexibility->checkedId() < 0) {
        *problem = tr("Answer “Could it run at another time?”.");
        return std::nullopt;
    }
    appliance.priority = Priority(mPriority->checkedId());
    appliance.flexibility = Flexibility(mFlexibility->checkedId());
    problem->clear();
    return appliance;
}

void ApplianceForm::showProblem(const QString &problem)
{
    mProblem->setText(problem);
    mProblem->setVisible(!problem.isEmpty());
}

void ApplianceForm::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        // A focused button does what it says (Enter on Cancel cancels); anywhere else saves.
        if (auto *button = qobject_cast<QPushButton *>(focusWidget()))
            button->click();
        else
            emit saveRequested();
        event->accept();
        return;
    case Qt::Key_Escape:
        emit cancelRequested();
        event->accept();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

bool ApplianceForm::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const int key = static_cast<QKeyEvent *>(event)->key();
    if (watched == mSearch && key == Qt::Key_Down && mCatalogue->count() > 0) {
        // From the search field down into the list it filters, as in a completer.
        mCatalogue->setFocus(Qt::OtherFocusReason);
        mCatalogue->setCurrentRow(0);
        return true;
    }
    if (watched == mCatalogue) {
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            chooseRow(mCatalogue->currentRow()); // choosing is not saving
            return true;
        }
        if (key == Qt::Key_Up && mCatalogue->currentRow() <= 0) {
            mSearch->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace wattelier::ui
