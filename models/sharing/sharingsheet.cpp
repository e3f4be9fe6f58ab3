// SPDX-License-Identifier: GPL-3.0-or-later
// A household's sheet, sharing the sun (#22): its own result under each of
// the workshop's keys, and nothing of any other member.

#include "core/units.h"
#include "inventory/household.h"
#include "report/reportbuilder.h"
#include "report/reportsections.h"
#include "report/reportsettings.h"
#include "sharing/membersharing.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace wattelier {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SharingSheet)
};

QString euros(double value)
{
    return Text::tr("%1 €").arg(QLocale().toString(value, 'f', 2));
}

} // namespace

void writeOwnSharing(ReportBuilder &b, const Workshop &workshop, const Household &household,
                     const ReportRequest &request)
{
    const int year = reportEnergyYear(workshop, request);
    std::shared_ptr<const SharingByMember> sharing = request.sharing;
    if (!sharing || sharing->year != year)
        sharing =
            std::make_shared<SharingByMember>(sharingByMember(workshop, year, request.tariff));
    const auto own = sharing->byHousehold.constFind(household.id);
    if (own == sharing->byHousehold.cend() && sharing->problem.isEmpty())
        return; // no key in this workshop
    b.heading(Text::tr("Sharing the sun, %1").arg(year));
    if (!sharing->problem.isEmpty()) {
        b.paragraph(sharing->problem);
        return;
    }
    b.paragraph(Text::tr("What each of the group's sharing keys gives you over the year, from your "
                         "curves. These figures are yours only."));
    const QList<MemberKeyResult> &results = *own;
    const bool produces = std::any_of(results.begin(), results.end(), [](const MemberKeyResult &r) {
        return r.sharing.injectionWh > 0;
    });
    ReportTable table;
    table.headers = {Text::tr("Key"), Text::tr("Shared with you"), Text::tr("Of your grid use"),
                     Text::tr("You pay per kWh")};
    if (produces)
        table.headers.append(Text::tr("Your panels' energy shared"));
    table.headers.append(Text::tr("Your gain"));
    for (int column = 1; column < table.headers.size(); ++column)
        table.numericColumns.append(column);
    for (const MemberKeyResult &r : results) {
        const MemberSharing &m = r.sharing;
        QStringList row{r.keyName, units::kwh(m.sharedWh / 1000.0),
                        m.offtakeWh > 0
                            ? units::percent(100.0 * double(m.sharedWh) / double(m.offtakeWh))
                            : units::noValue(),
                        Text::tr("%1 €").arg(QLocale().toString(r.localEurPerKwh, 'f', 3))};
        if (produces)
            row.append(units::kwh(m.creditedWh / 1000.0));
        row.append(euros(m.gainEur));
        table.rows.append(row);
    }
    b.table(table);
    b.smallText(Text::tr("Your gain: against buying from your supplier what the community shared "
                         "with you and selling what your panels sent out at the injection price; "
                         "the key's yearly fee is taken off."));
}

} // namespace wattelier
