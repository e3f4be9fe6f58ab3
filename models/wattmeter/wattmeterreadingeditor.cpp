// SPDX-License-Identifier: GPL-3.0-or-later
#include "wattmeterreadingeditor.h"

#include "core/recordcommands.h"
#include "core/uid.h"
#include "core/units.h"
#include "core/workshop.h"
#include "wattmeterreadingstore.h"
#include "wattmeterstore.h"

#include <QCoreApplication>
#include <QLocale>

namespace wattelier {
namespace {

using ReadingAccess = StoreAccess<&Workshop::wattmeterReadings>;

struct WattmeterAccess
{
    static qint64 insert(Workshop &w, const Wattmeter &m) { return w.wattmeters().insert(m); }
    static bool replace(Workshop &w, const Wattmeter &m) { return w.wattmeters().replace(m); }
    static bool remove(Workshop &w, qint64 id) { return w.wattmeters().removeWattmeter(id); }
};

struct LoanAccess
{
    static qint64 insert(Workshop &w, const WattmeterLoan &l) { return w.wattmeters().insert(l); }
    static bool replace(Workshop &w, const WattmeterLoan &l) { return w.wattmeters().replace(l); }
    static bool remove(Workshop &w, qint64 id) { return w.wattmeters().removeLoan(id); }
};

using AddReading = AddRecordCommand<ReadingAccess, WattmeterReading>;
using RemoveReading = RemoveRecordCommand<ReadingAccess, WattmeterReading>;
using ReplaceReading = ReplaceRecordCommand<ReadingAccess, WattmeterReading>;
using AddWattmeter = AddRecordCommand<WattmeterAccess, Wattmeter>;
using RemoveWattmeter = RemoveRecordCommand<WattmeterAccess, Wattmeter>;
using AddLoan = AddRecordCommand<LoanAccess, WattmeterLoan>;
using RemoveLoan = RemoveRecordCommand<LoanAccess, WattmeterLoan>;
using ReplaceLoan = ReplaceRecordCommand<LoanAccess, WattmeterLoan>;

} // namespace

WattmeterReadingEditor::WattmeterReadingEditor(Workshop &workshop)
    : mWorkshop(workshop)
{}

Outcome<qint64> WattmeterReadingEditor::addReading(const WattmeterReading &reading)
{
    const QString problem = validateReading(reading);
    if (!problem.isEmpty())
        return Outcome<qint64>::refused(problem);
    WattmeterReading added = reading;
    added.id = 0;
    added.uid = uidOrNew(added.uid); // fixed now, so that redo restores the same record
    auto *command = new AddReading(
        mWorkshop, added, QCoreApplication::translate("WattmeterReadingEditor", "Add reading"));
    if (!mWorkshop.push(command))
        return Outcome<qint64>::refused(mWorkshop.lastWriteError());
    return command->recordId();
}

QString WattmeterReadingEditor::editReading(const WattmeterReading &reading)
{
    const auto before = mWorkshop.wattmeterReadings().get(reading.id);
    if (!before)
        return QCoreApplication::translate("WattmeterReadingEditor",
                                           "This reading no longer exists.");
    const QString problem = validateReading(reading);
    if (!problem.isEmpty())
        return problem;
    WattmeterReading after = reading;
    after.uid = before->uid; // the same reading, whatever the dialog knew of it
    pushReplacement<ReadingAccess>(
        mWorkshop, *before, after,
        QCoreApplication::translate("WattmeterReadingEditor", "Change reading"));
    return {};
}

bool WattmeterReadingEditor::removeReadings(const QList<qint64> &readingIds)
{
    QList<WattmeterReading> readings;
    for (const qint64 id : readingIds) {
        if (const auto reading = mWorkshop.wattmeterReadings().get(id))
            readings.append(*reading);
    }
    if (readings.isEmpty())
        return false;
    return mWorkshop.runStep(
        QCoreApplication::translate("WattmeterReadingEditor", "Delete %n reading(s)", nullptr,
                                    int(readings.size())),
        [&] {
            for (const WattmeterReading &reading : std::as_const(readings))
                mWorkshop.push(new RemoveReading(mWorkshop, reading, QString()));
        });
}

qint64 WattmeterReadingEditor::addWattmeter(const Wattmeter &wattmeter)
{
    Wattmeter added = wattmeter;
    added.id = 0;
    if (added.label.trimmed().isEmpty())
        added.label = QCoreApplication::translate("WattmeterReadingEditor", "Wattmeter %1")
                          .arg(mWorkshop.wattmeters().wattmeters().size() + 1);
    auto *command = new AddWattmeter(
        mWorkshop, added, QCoreApplication::translate("WattmeterReadingEditor", "Add wattmeter"));
    return mWorkshop.push(command) ? command->recordId() : 0;
}

QString WattmeterReadingEditor::editWattmeter(const Wattmeter &wattmeter)
{
    const auto before = mWorkshop.wattmeters().wattmeter(wattmeter.id);
    if (!before)
        return QCoreApplication::translate("WattmeterReadingEditor",
                                           "This wattmeter no longer exists.");
    if (wattmeter.label.trimmed().isEmpty())
        return QCoreApplication::translate("WattmeterReadingEditor", "A wattmeter needs a name.");
    pushReplacement<WattmeterAccess>(
        mWorkshop, *before, wattmeter,
        QCoreApplication::translate("WattmeterReadingEditor", "Change wattmeter"));
    return {};
}

bool WattmeterReadingEditor::removeWattmeter(qint64 wattmeterId)
{
    const auto wattmeter = mWorkshop.wattmeters().wattmeter(wattmeterId);
    if (!wattmeter)
        return false;
    return mWorkshop.runStep(
        QCoreApplication::translate("WattmeterReadingEditor", "Delete wattmeter “%1”")
            .arg(wattmeter->label),
        [&] {
            // Loans first, so that undo restores the wattmeter before its loans.
            for (const WattmeterLoan &loan : mWorkshop.wattmeters().loans(wattmeterId))
                mWorkshop.push(new RemoveLoan(mWorkshop, loan, QString()));
            // Readings made with it keep their values; only the link is cleared.
            for (const QList<WattmeterReading> &readings :
                 mWorkshop.wattmeterReadings().byAppliance()) {
                for (const WattmeterReading &reading : readings) {
                    if (reading.wattmeterId != wattmeterId)
                        continue;
                    WattmeterReading unlinked = reading;
                    unlinked.wattmeterId = 0;
                    mWorkshop.push(new ReplaceReading(mWorkshop, reading, unlinked, QString()));
                }
            }
            mWorkshop.push(new RemoveWattmeter(mWorkshop, *wattmeter, QString()));
        });
}

QString WattmeterReadingEditor::lendWattmeter(qint64 wattmeterId, qint64 householdId,
                                              const QDate &since)
{
    if (!since.isValid())
        return QCoreApplication::translate("WattmeterReadingEditor", "A loan needs a date.");
    const auto open = mWorkshop.wattmeters().openLoan(wattmeterId);
    if (open && open->since > since)
        return QCoreApplication::translate("WattmeterReadingEditor",
                                           "This wattmeter was lent on %1, after the date given.")
            .arg(units::date(open->since));
    mWorkshop.runStep(QCoreApplication::translate("WattmeterReadingEditor", "Lend wattmeter"), [&] {
        if (open) {
            WattmeterLoan returned = *open;
            returned.returnedOn = since;
            mWorkshop.push(new ReplaceLoan(mWorkshop, *open, returned, QString()));
        }
        WattmeterLoan loan;
        loan.wattmeterId = wattmeterId;
        loan.householdId = householdId;
        loan.since = since;
        mWorkshop.push(new AddLoan(mWorkshop, loan, QString()));
    });
    return {};
}

QString WattmeterReadingEditor::returnWattmeter(qint64 wattmeterId, const QDate &on)
{
    const auto open = mWorkshop.wattmeters().openLoan(wattmeterId);
    if (!open)
        return QCoreApplication::translate("WattmeterReadingEditor",
                                           "This wattmeter is not lent out.");
    if (!on.isValid() || on < open->since)
        return QCoreApplication::translate("WattmeterReadingEditor",
                                           "The return date cannot be before the loan (%1).")
            .arg(units::date(open->since));
    WattmeterLoan returned = *open;
    returned.returnedOn = on;
    mWorkshop.push(
        new ReplaceLoan(mWorkshop, *open, returned,
                        QCoreApplication::translate("WattmeterReadingEditor", "Return wattmeter")));
    return {};
}

} // namespace wattelier
