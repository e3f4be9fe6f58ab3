// SPDX-License-Identifier: GPL-3.0-or-later
#include "challenge/challengegridmodel.h"

#include "challenge/challengereport.h"
#include "challenge/challengestore.h"
#include "core/typednumber.h"
#include "core/units.h"
#include "core/workshop.h"
#include "inventory/householdstore.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

#include <cstdlib>

namespace wattelier {

ChallengeGridModel::ChallengeGridModel(Workshop &workshop, QObject *parent)
    : QAbstractTableModel(parent)
    , mWorkshop(workshop)
{
    connect(&workshop.challenges(), &ChallengeStore::changed, this, &ChallengeGridModel::reload);
    connect(&workshop.households(), &HouseholdStore::changed, this, &ChallengeGridModel::reload);
    connect(&workshop.households(), &HouseholdStore::removed, this, &ChallengeGridModel::reload);
    connect(&workshop.households(), &HouseholdStore::added, this, &ChallengeGridModel::reload);
}

void ChallengeGridModel::setChallengeId(qint64 challengeId)
{
    mChallengeId = challengeId;
    reload();
}

void ChallengeGridModel::setShowNames(bool show)
{
    mShowNames = show;
    emit headerDataChanged(Qt::Vertical, 0, qMax(0, rowCount() - 1));
}

void ChallengeGridModel::reload()
{
    QList<Row> rows;
    QHash<qint64, QList<StoredIndexReading>> readings;
    QHash<qint64, QList<bool>> unusual;
    QDate firstDate;
    int dateCount = 0;
    Challenge challenge;
    ChallengeReport report;
    if (const auto found = mWorkshop.challenges().challenge(mChallengeId)) {
        challenge = *found;
        report = challengeReport(mWorkshop, mChallengeId);
        int weeksBefore = 0;
        for (const HouseholdChallenge &h : report.households) {
            if (h.baselineChoice.kind == BaselineKind::WeeksBefore)
                weeksBefore = qMax(weeksBefore, h.baselineChoice.weeksBefore);
            for (const MeterRegister reg : registersOf(h.meter))
                rows.append({h.householdId, h.name, h.pseudonym, reg});
            readings.insert(h.householdId, mWorkshop.challenges().indexReadings(h.householdId));
            QList<bool> flags;
            for (const HouseholdWeek &week : h.weeks)
                flags.append(week.unusual);
            unusual.insert(h.householdId, flags);
        }
        const QList<QDate> dates = plannedReadingDates(challenge, weeksBefore);
        firstDate = dates.first();
        dateCount = int(dates.size());
    }
    // Same rows and columns: update in place, so that the cell being typed
    // in keeps its place (a reset would drop the keyboard cursor).
    const auto sameShape = [&] {
        if (rows.size() != mRows.size() || dateCount != mDateCount || firstDate != mFirstDate)
            return false;
        for (int i = 0; i < rows.size(); ++i) {
            if (rows.at(i).householdId != mRows.at(i).householdId ||
                rows.at(i).reg != mRows.at(i).reg)
                return false;
        }
        return true;
    }();
    if (sameShape) {
        mChallenge = challenge;
        mReport = report;
        mRows = rows;
        mReadings = readings;
        mUnusual = unusual;
        if (!mRows.isEmpty() && mDateCount > 0) {
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
            emit headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
        }
        emit contentsChanged();
        return;
    }
    beginResetModel();
    mChallenge = challenge;
    mReport = report;
    mRows = rows;
    mReadings = readings;
    mUnusual = unusual;
    mFirstDate = firstDate;
    mDateCount = dateCount;
    endResetModel();
    emit contentsChanged();
}

int ChallengeGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mRows.size());
}

int ChallengeGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : mDateCount;
}

QDate ChallengeGridModel::plannedDate(int column) const
{
    return mFirstDate.addDays(7 * column);
}

const StoredIndexReading *ChallengeGridModel::readingAt(int row, int column) const
{
    const Row &r = mRows.at(row);
    const QDate planned = plannedDate(column);
    const StoredIndexReading *best = nullptr;
    for (const StoredIndexReading &reading : mReadings[r.householdId]) {
        if (reading.reading.reg != r.reg)
            continue;
        const auto distance = std::abs(planned.daysTo(reading.reading.date));
        if (distance <= toleranceDays &&
            (!best || distance < std::abs(planned.daysTo(best->reading.date))))
            best = &reading;
    }
    return best;
}

QVariant ChallengeGridModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= mRows.size())
        return {};
    const Row &row = mRows.at(index.row());
    const StoredIndexReading *reading = readingAt(index.row(), index.column());
    const QDate planned = plannedDate(index.column());
    // The week that ends at this column, counted from the start.
    const int weekIndex = int(mChallenge.start.daysTo(planned) / 7) - 1;
    const bool unusual =
        reading && weekIndex >= 0 && mUnusual.value(row.householdId).value(weekIndex, false);
    switch (role) {
    case Qt::DisplayRole:
        if (!reading)
            return {};
        return reading->reading.date == planned
                   ? QLocale().toString(reading->reading.index, 'f', 0)
                   : tr("%1 (%2)").arg(
                         QLocale().toString(reading->reading.index, 'f', 0),
                         QLocale().toString(reading->reading.date, QStringLiteral("dd/MM")));
    case Qt::EditRole:
        return reading ? QVariant(reading->reading.index) : QVariant();
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole: {
        QStringList lines;
        if (reading && reading->reading.date != planned)
            lines.append(tr("Read on %1")
                             .arg(QLocale().toString(reading->reading.date, QLocale::LongFormat)));
        if (reading && reading->reading.meterReplaced)
            lines.append(tr("New meter"));
        if (unusual)
            lines.append(tr("This week is far from the household's usual consumption: check the "
                            "index."));
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
    }
    case Qt::BackgroundRole:
        if (unusual)
            return QBrush(QColor(0xFF, 0xE0, 0xB2));
        if (planned < mChallenge.start)
            return QBrush(QColor(0xF2, 0xF2, 0xF2)); // baseline weeks
        return {};
    case Qt::FontRole:
        if (reading && reading->reading.date != planned) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case ReadingIdRole:
        return reading ? reading->id : qint64(0);
    case HouseholdIdRole:
        return row.householdId;
    case RegisterKeyRole:
        return key(row.reg);
    case PlannedDateRole:
        return planned;
    case ReadDateRole:
        return reading ? reading->reading.date : planned;
    default:
        return {};
    }
}

QVariant ChallengeGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (orientation == Qt::Horizontal) {
        const QDate date = plannedDate(section);
        if (role == Qt::ToolTipRole)
            return date < mChallenge.start ? tr("Before the challenge: for the baseline")
                                           : QLocale().toString(date, QLocale::LongFormat);
        return units::date(date);
    }
    if (section < 0 || section >= mRows.size())
        return {};
    const Row &row = mRows.at(section);
    const QString who = mShowNames ? row.name : row.pseudonym;
    return row.reg == MeterRegister::Single ? who : who + QStringLiteral(" · ") + label(row.reg);
}

MeterIndexEntry ChallengeGridModel::entryFor(const QModelIndex &index,
                                             std::optional<double> value) const
{
    MeterIndexEntry entry;
    if (!index.isValid() || index.row() >= mRows.size())
        return entry;
    entry.householdId = mRows.at(index.row()).householdId;
    entry.reg = mRows.at(index.row()).reg;
    entry.date = index.data(ReadDateRole).toDate();
    entry.index = value;
    if (const StoredIndexReading *reading = readingAt(index.row(), index.column())) {
        entry.meterReplaced = reading->reading.meterReplaced;
        entry.oldMeterFinalIndex = reading->reading.oldMeterFinalIndex;
    }
    return entry;
}

bool ChallengeGridModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid())
        return false;
    std::optional<double> number;
    if (value.typeId() == QMetaType::Double) {
        number = value.toDouble(); // already a number: the page asked which one was meant
    } else {
        // Typed in the interface's language ("12 345,5"), or as a spreadsheet writes it.
        const TypedNumber typed = readTypedNumber(value.toString());
        switch (typed.status) {
        case TypedNumber::Status::Empty:
            break;
        case TypedNumber::Status::Number:
            number = typed.value;
            break;
        case TypedNumber::Status::Ambiguous:
            emit ambiguousNumber(index, value.toString().trimmed(), typed.value,
                                 typed.decimalValue);
            return false;
        case TypedNumber::Status::Invalid:
            emit editRejected(tr("“%1” is not an index.").arg(value.toString()));
            return false;
        }
    }
    const MeterIndexEntry entry = entryFor(index, number);
    const QString problem = ChallengeEditor(mWorkshop).setMeterIndex(entry);
    if (!problem.isEmpty()) {
        emit editRejected(problem);
        return false;
    }
    if (const QString warning = ChallengeEditor::futureReadingWarning({entry}); !warning.isEmpty())
        emit editWarning(warning);
    return true;
}

Qt::ItemFlags ChallengeGridModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

} // namespace wattelier
