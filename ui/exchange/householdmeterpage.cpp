// SPDX-License-Identifier: GPL-3.0-or-later
#include "householdmeterpage.h"

#include "challenge/challengeeditor.h"
#include "challenge/challengegridmodel.h"
#include "challenge/challengestore.h"
#include "core/enumtable.h"
#include "core/units.h"
#include "core/workshop.h"
#include "numberinput.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollBar>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cstdlib>

namespace wattelier::ui {
namespace {

QString registerHeading(MeterRegister reg)
{
    static constexpr EnumEntry<MeterRegister> headings[] = {
        {MeterRegister::Single, nullptr,
         QT_TRANSLATE_NOOP("wattelier::ui::HouseholdMeterPage", "Meter (kWh)")},
        {MeterRegister::Day, nullptr,
         QT_TRANSLATE_NOOP("wattelier::ui::HouseholdMeterPage", "Day (kWh)")},
        {MeterRegister::Night, nullptr,
         QT_TRANSLATE_NOOP("wattelier::ui::HouseholdMeterPage", "Night (kWh)")},
        {MeterRegister::Injection, nullptr,
         QT_TRANSLATE_NOOP("wattelier::ui::HouseholdMeterPage", "Sent to the grid (kWh)")},
    };
    return enumtable::labelOf("wattelier::ui::HouseholdMeterPage", headings, reg);
}

QStringList headingsFor(const QList<MeterRegister> &registers)
{
    QStringList headings;
    for (const MeterRegister reg : registers)
        headings.append(registerHeading(reg));
    return headings;
}

} // namespace

HouseholdMeterPage::HouseholdMeterPage(Workshop &workshop, qint64 householdId, QWidget *parent)
    : QWidget(parent)
    , mWorkshop(workshop)
    , mHouseholdId(householdId)
    , mNone(new QLabel(this))
    , mChallengeLabel(new QLabel(tr("&Challenge:"), this))
    , mChallenge(new QComboBox(this))
    , mExplanation(new QLabel(this))
    , mGrid(new QTableWidget(this))
    , mMessage(new QLabel(this))
{
    mNone->setWordWrap(true);
    mNone->setText(tr("You are not taking part in a défi énergie. If your group starts one, "
                      "the facilitator will add you and your meter readings go here."));
    mChallengeLabel->setBuddy(mChallenge);
    mExplanation->setWordWrap(true);
    mGrid->setAccessibleName(tr("My meter readings"));
    mGrid->setSelectionMode(QAbstractItemView::SingleSelection);
    mGrid->setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked |
                           QAbstractItemView::EditKeyPressed);
    mGrid->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    mGrid->horizontalHeader()->setMinimumSectionSize(
        fontMetrics().horizontalAdvance(QStringLiteral("000000000000")));
    mGrid->verticalHeader()->setDefaultSectionSize(qMax(40, fontMetrics().height() * 2));
    mMessage->setObjectName(QStringLiteral("householdProblem"));
    mMessage->setWordWrap(true);
    mMessage->hide();
    connect(mChallenge, &QComboBox::currentIndexChanged, this, &HouseholdMeterPage::reload);
    connect(mGrid, &QTableWidget::itemChanged, this, &HouseholdMeterPage::write);
    connect(&workshop.challenges(), &ChallengeStore::changed, this, &HouseholdMeterPage::reload);

    for (const Challenge &challenge : workshop.challenges().challenges()) {
        if (workshop.challenges().participant(challenge.id, householdId))
            mChallenge->addItem(challenge.name, challenge.id);
    }
    const bool any = mChallenge->count() > 0;
    // One challenge (the usual case) needs no choice.
    mChallengeLabel->setVisible(mChallenge->count() > 1);
    mChallenge->setVisible(mChallenge->count() > 1);
    mNone->setVisible(!any);
    mExplanation->setVisible(any);
    mGrid->setVisible(any);

    auto *choice = new QHBoxLayout;
    choice->addWidget(mChallengeLabel);
    choice->addWidget(mChallenge);
    choice->addStretch();
    auto *beside = new QVBoxLayout;
    beside->addWidget(mMessage);
    beside->addStretch();
    auto *columns = new QHBoxLayout;
    columns->setSpacing(32);
    auto *gridColumn = new QVBoxLayout; // the grid as tall as its rows, at the top
    gridColumn->addWidget(mGrid, 1);
    gridColumn->addStretch(0);
    columns->addLayout(gridColumn, 0);
    columns->addLayout(beside, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 12, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(mNone);
    layout->addLayout(choice);
    layout->addWidget(mExplanation);
    layout->addLayout(columns, 1);
    reload();
}

const StoredIndexReading *HouseholdMeterPage::readingNear(const QDate &planned,
                                                          MeterRegister reg) const
{
    // As in the facilitator's grid: a reading a day or two off still belongs to its week.
    const StoredIndexReading *best = nullptr;
    for (const StoredIndexReading &reading : mReadings) {
        if (reading.reading.reg != reg)
            continue;
        const auto distance = std::abs(planned.daysTo(reading.reading.date));
        if (distance <= ChallengeGridModel::toleranceDays &&
            (!best || distance < std::abs(planned.daysTo(best->reading.date))))
            best = &reading;
    }
    return best;
}

void HouseholdMeterPage::reload()
{
    const auto challenge = mWorkshop.challenges().challenge(mChallenge->currentData().toLongLong());
    const auto participant =
        challenge ? mWorkshop.challenges().participant(challenge->id, mHouseholdId) : std::nullopt;
    mDates.clear();
    mRegisters.clear();
    mReadings.clear();
    if (challenge && participant) {
        mDates = plannedReadingDates(*challenge, baselineWeeksBefore(*participant));
        mRegisters = registersOf(mWorkshop.challenges().meterLayout(mHouseholdId));
        mReadings = mWorkshop.challenges().indexReadings(mHouseholdId);
        mExplanation->setText(
            tr("Read your meter every %1, at about the same time, and type the numbers it "
               "shows (before the comma). The first reading is on %2, the last on %3.")
                .arg(QLocale().dayName(challenge->start.dayOfWeek()),
                     QLocale().toString(mDates.first(), QLocale::LongFormat),
                     QLocale().toString(mDates.last(), QLocale::LongFormat)));
    }
    mFilling = true;
    // Same dates and registers: the numbers change in place, so that the cell
    // being typed in keeps its place (this runs while a typed index is written).
    const bool sameShape = mGrid->rowCount() == mDates.size() &&
                           mGrid->columnCount() == mRegisters.size() &&
                           headingsFor(mRegisters) == shownHeadings();
    if (!sameShape) {
        mGrid->clear();
        mGrid->setRowCount(int(mDates.size()));
        mGrid->setColumnCount(int(mRegisters.size()));
        mGrid->setHorizontalHeaderLabels(headingsFor(mRegisters));
    }
    QStringList dates;
    for (int row = 0; row < mDates.size(); ++row) {
        dates.append(QLocale().toString(mDates.at(row), QStringLiteral("ddd d MMM yyyy")));
        for (int column = 0; column < mRegisters.size(); ++column) {
            const StoredIndexReading *reading = readingNear(mDates.at(row), mRegisters.at(column));
            const QString text = reading ? units::number(reading->reading.index, 1) : QString();
            QTableWidgetItem *item = mGrid->item(row, column);
            if (!item) {
                item = new QTableWidgetItem;
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                mGrid->setItem(row, column, item);
            }
            item->setText(text);
        }
    }
    mGrid->setVerticalHeaderLabels(dates);
    mFilling = false;
    // As wide as its columns: a few numbers do not need the whole screen.
    mGrid->resizeColumnsToContents();
    int width = 2 * mGrid->frameWidth() + mGrid->verticalHeader()->sizeHint().width() +
                mGrid->verticalScrollBar()->sizeHint().width();
    for (int column = 0; column < mGrid->columnCount(); ++column)
        width += mGrid->columnWidth(column);
    mGrid->setFixedWidth(width);
    int height = 2 * mGrid->frameWidth() + mGrid->horizontalHeader()->sizeHint().height();
    for (int row = 0; row < mGrid->rowCount(); ++row)
        height += mGrid->rowHeight(row);
    mGrid->setMaximumHeight(height);
}

QStringList HouseholdMeterPage::shownHeadings() const
{
    QStringList headings;
    for (int column = 0; column < mGrid->columnCount(); ++column) {
        const QTableWidgetItem *header = mGrid->horizontalHeaderItem(column);
        headings.append(header ? header->text() : QString());
    }
    return headings;
}

void HouseholdMeterPage::write(QTableWidgetItem *item)
{
    if (mFilling || item->row() >= mDates.size() || item->column() >= mRegisters.size())
        return;
    const QDate planned = mDates.at(item->row());
    MeterIndexEntry entry;
    entry.householdId = mHouseholdId;
    entry.reg = mRegisters.at(item->column());
    entry.date = planned;
    if (const StoredIndexReading *existing = readingNear(planned, entry.reg)) {
        // Changing a reading keeps its own day and what the facilitator noted about it.
        entry.date = existing->reading.date;
        entry.meterReplaced = existing->reading.meterReplaced;
        entry.oldMeterFinalIndex = existing->reading.oldMeterFinalIndex;
    }
    const QString text = item->text().trimmed();
    if (!text.isEmpty()) {
        const auto index = parseLocaleNumber(text, this);
        if (!index) {
            showMessage(tr("“%1” is not a number. Type only the figures the meter shows. "
                           "Nothing was saved.")
                            .arg(text),
                        true);
            reload();
            return;
        }
        entry.index = *index;
    }
    const QString problem = ChallengeEditor(mWorkshop).setMeterIndex(entry);
    if (!problem.isEmpty()) {
        showMessage(problem + QLatin1Char(' ') + tr("Nothing was saved."), true);
        reload();
        return;
    }
    showMessage(tr("Saved."), false);
    reload(); // the number as stored (the store's signal reloads too when it changed)
}

void HouseholdMeterPage::showMessage(const QString &text, bool problem)
{
    mMessage->setStyleSheet(problem ? QStringLiteral("color: #A0281E; font-weight: 600;")
                                    : QStringLiteral("color: #1B5E20; font-weight: 600;"));
    mMessage->setText(text);
    mMessage->setVisible(!text.isEmpty());
}

} // namespace wattelier::ui
