// SPDX-License-Identifier: GPL-3.0-or-later
// The paper forms households fill at home: large type, one page each, the
// household's pseudonym and the workshop's name already printed.
#include "challenge/challengestore.h"
#include "core/workshop.h"
#include "inventory/household.h"
#include "report/reportbuilder.h"
#include "report/reportsections.h"

#include <QCoreApplication>
#include <QLocale>

namespace wattelier {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(BlankForms)
};

const QString box = QStringLiteral("☐");

QString ticks(const QStringList &choices)
{
    QStringList items;
    for (const QString &choice : choices)
        items.append(box + QChar::Nbsp + choice);
    return items.join(QLatin1Char('\n'));
}

void formHeader(ReportBuilder &b, const QString &title, const Workshop &workshop,
                const Household *household)
{
    b.title(title);
    const QString blank = QStringLiteral("____________________");
    b.subtitle(Text::tr("%1 · %2").arg(workshop.name(), household ? pseudonym(*household) : blank));
    b.paragraph(Text::tr("Filled in on: %1").arg(blank));
}

void inventoryForm(ReportBuilder &b, const Workshop &workshop, const Household *household)
{
    formHeader(b, Text::tr("Our appliances"), workshop, household);
    b.paragraph(Text::tr("One line per appliance, room by room. Power is on the label "
                         "(in W). For each appliance, tick two boxes:"));
    b.paragraph(Text::tr("Could you do without it for a day? No: indispensable. For a while: "
                         "useful. Easily: comfort."));
    b.paragraph(Text::tr("Could it run at another time? Not at all, within the same day, "
                         "or on another day."));
    ReportTable table;
    table.headers = {Text::tr("Appliance and room"), Text::tr("Power (W)"),
                     Text::tr("Hours a day, or uses a week"), Text::tr("Do without it?"),
                     Text::tr("Another time?")};
    table.widthsPercent = {26, 15, 19, 20, 20};
    const QString priority =
        ticks({Text::tr("indispensable"), Text::tr("useful"), Text::tr("comfort")});
    const QString flexibility =
        ticks({Text::tr("no"), Text::tr("same day"), Text::tr("another day")});
    for (int i = 0; i < 9; ++i)
        table.rows.append({QString(), QString(), QString(), priority, flexibility});
    table.grid = true;
    b.table(table);
}

void wattmeterForm(ReportBuilder &b, const Workshop &workshop, const Household *household)
{
    b.pageBreak();
    formHeader(b, Text::tr("Wattmeter log"), workshop, household);
    b.box(Text::tr("How to measure a fridge over 24 hours"),
          {Text::tr("Plug the wattmeter into the socket, then the fridge into the wattmeter."),
           Text::tr("Reset it to zero and write down the day and the time."),
           Text::tr("Do not touch it for 24 hours: open the fridge as usual."),
           Text::tr("Write down the kWh shown, the day and the time."),
           Text::tr("Bring this sheet to the workshop: we work out the year together.")});
    b.space(3);
    ReportTable table;
    table.headers = {Text::tr("Appliance"), Text::tr("Start: day and time"),
                     Text::tr("End: day and time"), Text::tr("kWh shown"), Text::tr("Standby (W)")};
    table.widthsPercent = {28, 22, 22, 14, 14};
    for (int i = 0; i < 11; ++i)
        table.rows.append(QStringList(5, QString()));
    table.rowHeightMm = 13;
    table.grid = true;
    b.table(table);
}

void meterCard(ReportBuilder &b, const Workshop &workshop, const Household *household)
{
    b.pageBreak();
    formHeader(b, Text::tr("Weekly meter readings"), workshop, household);
    const QList<Challenge> challenges = workshop.challenges().challenges(); // newest first
    const QLocale locale;
    QList<QDate> dates;
    if (!challenges.isEmpty()) {
        const Challenge &challenge = challenges.first();
        b.paragraph(Text::tr("Défi énergie “%1”: read your meter every %2, at about the same "
                             "time, from %3 to %4.")
                        .arg(challenge.name, locale.dayName(challenge.start.dayOfWeek()),
                             longDate(challenge.start), longDate(challenge.end())));
        for (int week = 0; week <= challenge.weeks; ++week)
            dates.append(challenge.start.addDays(7 * week));
    } else {
        b.paragraph(Text::tr("Read your meter once a week, on the same day at about the same "
                             "time."));
    }
    b.paragraph(Text::tr("Write every figure before the comma, even the zeros in front. Only "
                         "one register? Use the first column. The injection register is for "
                         "homes with solar panels."));
    bool dayNight = true;
    bool injection = true;
    if (household) {
        const MeterLayout layout = workshop.challenges().meterLayout(household->id);
        dayNight = layout.dayNight;
        injection = layout.injection;
    }
    ReportTable table;
    table.headers = {Text::tr("Date"), Text::tr("Time"),
                     dayNight ? Text::tr("Day index (kWh)") : Text::tr("Index (kWh)")};
    if (dayNight)
        table.headers.append(Text::tr("Night index (kWh)"));
    if (injection)
        table.headers.append(Text::tr("Injection index (kWh)"));
    table.headers.append(Text::tr("Remarks"));
    // Two spare lines after the planned dates: for a reading done again or a late one.
    const int rows = dates.isEmpty() ? 10 : int(dates.size()) + 2;
    for (int i = 0; i < rows; ++i) {
        QStringList row(table.headers.size(), QString());
        if (i < dates.size())
            row[0] = locale.toString(dates.at(i), QStringLiteral("ddd d MMM"));
        table.rows.append(row);
    }
    table.rowHeightMm = 14;
    table.grid = true;
    b.table(table);
}

} // namespace

void writeBlankForms(ReportBuilder &b, const Workshop &workshop, const Household *household,
                     const ReportRequest &)
{
    inventoryForm(b, workshop, household);
    wattmeterForm(b, workshop, household);
    meterCard(b, workshop, household);
}

} // namespace wattelier
