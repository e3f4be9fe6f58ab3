// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeseries/seriesimport.h"

#include "core/workshop.h"
#include "core/writetransaction.h"
#include "timeseries/seriesstore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>

namespace wattelier {
namespace {

struct SeriesImportTr
{
    Q_DECLARE_TR_FUNCTIONS(SeriesImportTr)
};

QString uniqueName(const QString &wanted, QSet<QString> &taken)
{
    QString name = wanted;
    for (int n = 2; taken.contains(name); ++n)
        name = QStringLiteral("%1 (%2)").arg(wanted).arg(n);
    taken.insert(name);
    return name;
}

} // namespace

QList<SeriesInfo> plannedSeries(const Workshop &workshop, const ParseResult &parsed,
                                const ImportTarget &target)
{
    QSet<QString> taken;
    for (const SeriesInfo &existing : workshop.series().all())
        taken.insert(existing.name);
    QList<SeriesInfo> planned;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const ParsedSeries &p : parsed.series) {
        SeriesInfo info;
        const QString prefix = target.namePrefix.trimmed();
        const QString base = p.name.isEmpty() ? label(p.kind) : p.name;
        info.name = uniqueName(prefix.isEmpty() ? base : prefix + QLatin1Char(' ') + base, taken);
        info.kind = p.kind;
        info.householdId = target.householdId;
        info.unit = p.unit;
        info.intervalS = p.data.intervalS;
        info.startUtc = p.data.startUtc;
        info.valueCount = qint64(p.data.kwh.size());
        info.format = parsed.format;
        info.sourceFile = target.sourceFile;
        info.importedAt = now;
        info.stats = statsOf(p.data);
        planned.append(info);
    }
    return planned;
}

Outcome<QList<SeriesInfo>> storeSeries(Workshop &workshop, const ParseResult &parsed,
                                       const ImportTarget &target)
{
    using Stored = Outcome<QList<SeriesInfo>>;
    QList<SeriesInfo> planned = plannedSeries(workshop, parsed, target);
    WriteTransaction transaction(workshop);
    if (!transaction.isOpen())
        return Stored::refused(transaction.error());
    for (int i = 0; i < planned.size(); ++i) {
        planned[i].id = workshop.series().insert(planned[i], parsed.series[i].data);
        if (planned[i].id == 0) {
            transaction.rollback();
            return Stored::refused(
                workshop.inStep() ? SeriesImportTr::tr("the workshop file could not be written")
                                  : workshop.lastWriteError());
        }
    }
    if (!transaction.commit())
        return Stored::refused(transaction.error());
    workshop.series().notifyChanged();
    return planned;
}

} // namespace wattelier
