// SPDX-License-Identifier: GPL-3.0-or-later
#include "subcommands.h"

#include "energycommands.h"
#include "exchangecommands.h"
#include "householdcommands.h"
#include "peakscommand.h"
#include "reportcommand.h"
#include "seriescommands.h"
#include "sharingcommand.h"
#include "workshopcommands.h"

#include <QString>

#include <algorithm>

namespace wattelier::app {
namespace {

// Before the subcommands in the usage text.
const char usageHeader[] =
    "Usage:\n"
    "  wattelier [FILE.wattelier]       open the window (on FILE if given)\n"
    "  wattelier --demo                 open the window on the demo workshop\n"
    "  wattelier --version              print the version as JSON\n";

// After them: options several subcommands share, prices, output and exit codes.
const char usageFooter[] =
    "Generic options (a table no format recognises): --delimiter C --decimal C\n"
    "  --header-line N --date-column N --time-column N --date-format PATTERN\n"
    "  --timezone Europe/Brussels|UTC|offset|unix --value-column N[,N...] --unit W|kW|Wh|kWh\n"
    "  --quantity power|energy|index --stamp start|end --kind KIND --interval SECONDS\n"
    "  --series-column N (a long table: the column naming each row's register or meter)\n"
    "  (columns count from 1; PATTERN like dd/MM/yyyy HH:mm or ISO)\n"
    "Prices: the workshop's own (Preferences in the window), else 0.35 EUR per kWh taken\n"
    "  and 0.04 EUR per kWh sent; --offtake-price and --injection-price override them.\n"
    "Subcommands print JSON on standard output and messages on standard error;\n"
    "the exit code is 0 on success, 1 when the work failed, 2 for a usage error.\n";

} // namespace

const std::vector<Subcommand> &subcommandTable()
{
    // The one list of subcommands: dispatch, the usage text and the tests read it.
    static const std::vector<Subcommand> table = {
        {"demo", "  wattelier demo OUT.wattelier     write the demo workshop to a new file\n",
         runDemo, false},
        {"new",
         "  wattelier new FILE.wattelier [--name TITLE]\n"
         "                                   create an empty workshop\n",
         runNew, false},
        {"add-household",
         "  wattelier add-household FILE.wattelier NAME [--occupants N] [--ean CODE]\n"
         "                          [--notes TEXT] [--kind household|participant]\n"
         "  wattelier add-household FILE.wattelier --from LIST.csv\n"
         "                                   add a household (or another participant: an\n"
         "                                   association, a business), or a spreadsheet's list\n"
         "                                   of them (name, occupants, EAN, notes) as one step\n",
         runAddHousehold, false},
        {"inventory",
         "  wattelier inventory FILE.wattelier [--offtake-price EUR]\n"
         "                                   print households, appliances and estimated kWh/year\n",
         runInventory, false},
        {"challenge",
         "  wattelier challenge FILE.wattelier [--name NAME]\n"
         "                                   print a défi énergie's weeks (the latest one without "
         "--name)\n",
         runChallenge, false},
        {"import",
         "  wattelier import FILE.wattelier DATAFILE [--format NAME] [--owner HOUSEHOLD|group]\n"
         "                   [--name PREFIX] [generic options]\n"
         "                                   import a data export (inverter, smart meter, "
         "Flukso...)\n",
         runImport, false},
        {"series",
         "  wattelier series FILE.wattelier [--set-kind SERIES=KIND]\n"
         "                                   list the workshop's time series (after saying\n"
         "                                   what one measures: production, consumption,\n"
         "                                   offtake, injection or other)\n",
         runSeries, false},
        {"export",
         "  wattelier export FILE.wattelier SERIES OUT.csv [--local]\n"
         "                                   write a series as CSV (UTC, or Brussels time)\n",
         runExport, false},
        {"balance",
         "  wattelier balance FILE.wattelier --production SERIES[,SERIES...]\n"
         "                    --consumption SERIES[,...] | --offtake S[,...] --injection S[,...]\n"
         "                    [--from DATE] [--to DATE] [--offtake-price EUR] [--injection-price "
         "EUR]\n"
         "                                   self-consumption and self-sufficiency of a period\n",
         runBalance, false},
        {"pv-estimate",
         "  wattelier pv-estimate --kwp N [--tilt DEG] [--azimuth DEG] [--lat DEG --lon DEG]\n"
         "                    [--yield KWH_PER_KWP]\n"
         "                                   typical yearly production (azimuth 180 = south)\n",
         runPvEstimate, false},
        {"peaks",
         "  wattelier peaks FILE.wattelier [--from DATE] [--to DATE] [--threshold-kw KW]\n"
         "                                   the group's peaks behind its cabin: peak and\n"
         "                                   reverse-flow peak, coincidence and load factors,\n"
         "                                   load-duration curve, each household's peaks\n",
         runPeaks, false},
        {"sharing",
         "  wattelier sharing FILE.wattelier [--scenario NAME]\n"
         "                    [--method fixed|prorata|hybrid|cascade]\n"
         "                    [--shares NAME=PCT,...] [--rounds N|unlimited]\n"
         "                    [--priority NAME[+NAME...],...]\n"
         "                    [--solidarity NAME,...] [--from DATE] [--to DATE]\n"
         "                    [--allocation OUT.csv] [--offtake-price EUR] [--injection-price "
         "EUR]\n"
         "                    [--local-price EUR] [--member-price NAME=EUR,...]\n"
         "                    [--network-reduction EUR] [--fee EUR]\n"
         "                    [--margin EUR]\n"
         "                                   what a sharing key does to each member, quarter\n"
         "                                   hour by quarter hour: the workshop's key scenarios\n"
         "                                   (or one), or the key given; without either, equal\n"
         "                                   shares, pro rata and hybrid side by side\n",
         runSharing, false},
        {"report",
         "  wattelier report FILE.wattelier --out OUT.pdf [--kind summary|household|forms]\n"
         "                   [--household NAME] [--lang fr|nl|en] [--names] [--page a4|letter]\n"
         "                   [--offtake-price EUR] [--injection-price EUR]\n"
         "                                   (--lang: else the workshop's document language,\n"
         "                                   else French)\n"
         "                                   write the meeting summary, a household sheet (all\n"
         "                                   households into the folder OUT without --household)\n"
         "                                   or the blank forms as PDF\n",
         runReport, true},
        {"invite",
         "  wattelier invite FILE.wattelier --household NAME --out INVITE.wattelier\n"
         "                                   write the file a household fills in at home\n",
         runInvite, false},
        {"merge",
         "  wattelier merge FILE.wattelier HOUSEHOLD.wattelier [--dry-run]\n"
         "                  [--prefer workshop|household]\n"
         "                                   show and merge what a household's file adds or\n"
         "                                   changes (conflicts keep the workshop's values)\n",
         runMerge, false},
    };
    return table;
}

const Subcommand *findSubcommand(const QString &name)
{
    const std::vector<Subcommand> &table = subcommandTable();
    const auto found = std::find_if(table.begin(), table.end(), [&name](const Subcommand &s) {
        return name == QLatin1String(s.name);
    });
    return found == table.end() ? nullptr : &*found;
}

QString usageText()
{
    QString text = QString::fromUtf8(usageHeader);
    for (const Subcommand &subcommand : subcommandTable())
        text += QString::fromUtf8(subcommand.usage);
    return text + QString::fromUtf8(usageFooter);
}

} // namespace wattelier::app
