// SPDX-License-Identifier: GPL-3.0-or-later
#include "householdwattmeterpage.h"

#include "core/units.h"
#include "core/workshop.h"
#include "inventory/appliancestore.h"
#include "inventory/catalogue.h"
#include "numberinput.h"
#include "preferences.h"
#include "wattmeter/wattmeterreadingeditor.h"
#include "wattmeter/wattmeterreadingstore.h"
#include "wattmeter/wattmeterreadingwarnings.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace wattelier::ui {
namespace {

/*! What the wattmeter shows, as the household would say it, and the same, short, for the list. */
struct KindWords
{
    ReadingKind kind;
    const char *plain;
    const char *brief;
};

constexpr KindWords kindWords[] = {
    {ReadingKind::PowerOn,
     QT_TRANSLATE_NOOP("wattelier::ui::HouseholdWattmeterPage", "Watts while it runs"),
     QT_TRANSLATE_NOOP("wattelier::ui::HouseholdWattmeterPage", "While it runs")},
    {ReadingKind::Standby,
     QT_TRANSLATE_NOOP("wattelier::ui::HouseholdWattmeterPage",
                       "Watts when it is off or on standby"),
     QT_TRANSLATE_NOOP("wattelier::ui::HouseholdWattmeterPage", "On standby")},
    {ReadingKind::EnergyOverDuration,
     QT_TRANSLATE_NOOP("wattelier::ui::HouseholdWattmeterPage", "kWh after some hours plugged in"),
     QT_TRANSLATE_NOOP("wattelier::ui::HouseholdWattmeterPage", "Over some hours")},
    {ReadingKind::EnergyPerCycle,
     QT_TRANSLATE_NOOP("wattelier::ui::HouseholdWattmeterPage", "kWh for one wash or one cycle"),
     QT_TRANSLATE_NOOP("wattelier::ui::HouseholdWattmeterPage", "One cycle")},
};

const KindWords &wordsFor(ReadingKind kind)
{
    for (const KindWords &words : kindWords) {
        if (words.kind == kind)
            return words;
    }
    return kindWords[0];
}

QString plainKind(ReadingKind kind)
{
    return QCoreApplication::translate("wattelier::ui::HouseholdWattmeterPage",
                                       wordsFor(kind).plain);
}

QString shortKind(ReadingKind kind)
{
    return QCoreApplication::translate("wattelier::ui::HouseholdWattmeterPage",
                                       wordsFor(kind).brief);
}

QString valueText(const WattmeterReading &reading)
{
    switch (reading.kind) {
    case ReadingKind::PowerOn:
    case ReadingKind::Standby:
        return units::watts(reading.value);
    case ReadingKind::EnergyOverDuration:
        return HouseholdWattmeterPage::tr("%1 in %2 h")
            .arg(units::kwh(reading.value, 2), units::number(reading.durationHours));
    case ReadingKind::EnergyPerCycle:
        return units::kwh(reading.value, 2);
    }
    return {};
}

} // namespace

HouseholdWattmeterPage::HouseholdWattmeterPage(Workshop &workshop, qint64 householdId,
                                               QWidget *parent)
    : QWidget(parent)
    , mWorkshop(workshop)
    , mHouseholdId(householdId)
    , mList(new QTableWidget(this))
    , mNoAppliance(new QLabel(this))
    , mAppliance(new QComboBox(this))
    , mKind(new QComboBox(this))
    , mValue(new QLineEdit(this))
    , mUnit(new QLabel(this))
    , mHoursLabel(new QLabel(tr("Over how many &hours?"), this))
    , mHours(new QLineEdit(this))
    , mDate(new QDateEdit(QDate::currentDate(), this))
    , mAdd(new QPushButton(tr("&Add this reading"), this))
    , mMessage(new QLabel(this))
{
    mList->setColumnCount(4);
    mList->setHorizontalHeaderLabels({tr("Date"), tr("Appliance"), tr("Measured"), tr("Value")});
    mList->setAccessibleName(tr("My wattmeter readings"));
    mList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mList->setSelectionBehavior(QAbstractItemView::SelectRows);
    mList->setTabKeyNavigation(false);
    mList->verticalHeader()->hide();
    mList->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    mList->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    mNoAppliance->setWordWrap(true);
    mNoAppliance->setText(tr("Add your appliances first, on the “My appliances” page."));
    for (const ReadingKind kind : allReadingKinds())
        mKind->addItem(plainKind(kind), int(kind));
    for (QLineEdit *field : {mValue, mHours}) {
        field->setAlignment(Qt::AlignRight);
        field->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("000000000000")));
        connect(field, &QLineEdit::returnPressed, this, &HouseholdWattmeterPage::addReading);
        connect(field, &QLineEdit::textEdited, this, &HouseholdWattmeterPage::updateForm);
    }
    mHours->setText(QLocale().toString(24));
    mHoursLabel->setBuddy(mHours);
    mDate->setCalendarPopup(true);
    mDate->setDisplayFormat(units::dateFormat());
    mDate->setMaximumDate(QDate::currentDate().addDays(1));
    mMessage->setObjectName(QStringLiteral("householdProblem"));
    mMessage->setWordWrap(true);
    mMessage->hide();
    mAdd->setObjectName(QStringLiteral("householdPrimary"));
    connect(mAdd, &QPushButton::clicked, this, &HouseholdWattmeterPage::addReading);
    connect(mKind, &QComboBox::currentIndexChanged, this, &HouseholdWattmeterPage::updateForm);
    connect(mAppliance, &QComboBox::currentIndexChanged, this, &HouseholdWattmeterPage::updateForm);

    const auto ifOurs = [this](qint64 householdId) {
        if (householdId == mHouseholdId) {
            reloadAppliances();
            reloadReadings();
        }
    };
    connect(&workshop.appliances(), &ApplianceStore::added, this, ifOurs);
    connect(&workshop.appliances(), &ApplianceStore::changed, this, ifOurs);
    connect(&workshop.appliances(), &ApplianceStore::removed, this, ifOurs);
    connect(&workshop.wattmeterReadings(), &WattmeterReadingStore::reset, this, [this] {
        reloadAppliances();
        reloadReadings();
    });
    connect(&workshop.wattmeterReadings(), &WattmeterReadingStore::changed, this,
            &HouseholdWattmeterPage::reloadReadings);

    auto *valueRow = new QHBoxLayout;
    valueRow->addWidget(mValue);
    valueRow->addWidget(mUnit);
    valueRow->addStretch();
    auto *form = new QFormLayout;
    form->setVerticalSpacing(14);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("&Which appliance?"), mAppliance);
    form->addRow(tr("What does the wattmeter &show?"), mKind);
    auto *valueLabel = new QLabel(tr("&Number shown:"), this);
    valueLabel->setBuddy(mValue);
    form->addRow(valueLabel, valueRow);
    form->addRow(mHoursLabel, mHours);
    form->addRow(tr("&Date:"), mDate);
    auto *heading = new QLabel(tr("Add a reading"), this);
    heading->setObjectName(QStringLiteral("householdFormTitle"));
    auto *right = new QVBoxLayout;
    right->addWidget(heading);
    right->addWidget(mNoAppliance);
    right->addLayout(form);
    right->addWidget(mAdd, 0, Qt::AlignLeft);
    right->addWidget(mMessage);
    right->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 12, 0, 0);
    layout->setSpacing(32);
    layout->addWidget(mList, 3);
    layout->addLayout(right, 2);
    reloadAppliances();
    reloadReadings();
}

void HouseholdWattmeterPage::reloadAppliances()
{
    const qint64 current = mAppliance->currentData().toLongLong();
    const QSignalBlocker blocker(mAppliance);
    mAppliance->clear();
    for (const Appliance &a : mWorkshop.appliances().forHousehold(mHouseholdId))
        mAppliance->addItem(a.name, a.id);
    mAppliance->setCurrentIndex(qMax(0, mAppliance->findData(current)));
    const bool any = mAppliance->count() > 0;
    mNoAppliance->setVisible(!any);
    for (QWidget *w :
         std::initializer_list<QWidget *>{mAppliance, mKind, mValue, mHours, mDate, mAdd})
        w->setEnabled(any);
    updateForm();
}

void HouseholdWattmeterPage::reloadReadings()
{
    struct Row
    {
        WattmeterReading reading;
        QString appliance;
    };
    QList<Row> rows;
    const auto readings = mWorkshop.wattmeterReadings().byAppliance(mHouseholdId);
    for (const Appliance &a : mWorkshop.appliances().forHousehold(mHouseholdId)) {
        for (const WattmeterReading &r : readings.value(a.id))
            rows.append({r, a.name});
    }
    // Newest first: the one just added is at the top.
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        return a.reading.measuredOn != b.reading.measuredOn
                   ? a.reading.measuredOn > b.reading.measuredOn
                   : a.reading.id > b.reading.id;
    });
    mList->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const Row &row = rows.at(i);
        mList->setItem(i, 0, new QTableWidgetItem(units::date(row.reading.measuredOn)));
        auto *appliance = new QTableWidgetItem(row.appliance);
        appliance->setToolTip(row.appliance); // the column may be too narrow for long names
        mList->setItem(i, 1, appliance);
        auto *kind = new QTableWidgetItem(shortKind(row.reading.kind));
        kind->setToolTip(plainKind(row.reading.kind));
        mList->setItem(i, 2, kind);
        auto *value = new QTableWidgetItem(valueText(row.reading));
        value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        mList->setItem(i, 3, value);
    }
}

void HouseholdWattmeterPage::updateForm()
{
    const auto kind = ReadingKind(mKind->currentData().toInt());
    mUnit->setText(unitOf(kind));
    const bool overHours = kind == ReadingKind::EnergyOverDuration;
    mHoursLabel->setVisible(overHours);
    mHours->setVisible(overHours);
    mMessage->hide();
}

void HouseholdWattmeterPage::showMessage(const QString &text, bool problem)
{
    mMessage->setStyleSheet(problem ? QStringLiteral("color: #A0281E; font-weight: 600;")
                                    : QStringLiteral("color: #1B5E20; font-weight: 600;"));
    mMessage->setText(text);
    mMessage->setVisible(!text.isEmpty());
}

bool HouseholdWattmeterPage::addReading()
{
    const auto appliance = mWorkshop.appliances().get(mAppliance->currentData().toLongLong());
    if (!appliance) {
        showMessage(tr("Choose the appliance the wattmeter was plugged into."), true);
        return false;
    }
    WattmeterReading reading;
    reading.applianceId = appliance->id;
    reading.measuredOn = mDate->date();
    reading.kind = ReadingKind(mKind->currentData().toInt());
    const auto value = parseLocaleNumber(mValue->text(), this);
    if (!value) {
        showMessage(mValue->text().trimmed().isEmpty()
                        ? tr("Type the number the wattmeter shows.")
                        : tr("“%1” is not a number. Type only the number, e.g. 12,5.")
                              .arg(mValue->text().trimmed()),
                    true);
        mValue->setFocus();
        return false;
    }
    reading.value = *value;
    if (reading.kind == ReadingKind::EnergyOverDuration) {
        const auto hours = parseLocaleNumber(mHours->text(), this);
        if (!hours) {
            showMessage(tr("Type how many hours the wattmeter stayed plugged in."), true);
            mHours->setFocus();
            return false;
        }
        reading.durationHours = *hours;
    }
    const auto added = WattmeterReadingEditor(mWorkshop).addReading(reading);
    if (!added) {
        showMessage(added.error().isEmpty() ? tr("The reading could not be saved.") : added.error(),
                    true);
        mValue->setFocus();
        return false;
    }
    // Saved; remarks (a standby below what the wattmeter can show, a value far
    // from usual) are told, not asked: the facilitator checks them later.
    QStringList lines{tr("Saved.")};
    for (const WattmeterReadingWarning &warning :
         readingWarnings(*appliance, reading, Catalogue::builtIn().find(appliance->catalogueKey),
                         wattmeterResolutionW()))
        lines.append(warning.message);
    showMessage(lines.join(QLatin1Char(' ')), false);
    mValue->clear();
    mValue->setFocus();
    return true;
}

} // namespace wattelier::ui
