// SPDX-License-Identifier: GPL-3.0-or-later
#include "sharingscenariostore.h"

#include "core/workshop.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace wattelier {
namespace {

const QStringList columns = {QStringLiteral("name"),         QStringLiteral("method"),
                             QStringLiteral("rounds"),       QStringLiteral("shares"),
                             QStringLiteral("priority"),     QStringLiteral("solidarity"),
                             QStringLiteral("local_price"),  QStringLiteral("network_reduction"),
                             QStringLiteral("yearly_fee"),   QStringLiteral("margin"),
                             QStringLiteral("perimeter"),    QStringLiteral("position"),
                             QStringLiteral("local_prices"), QStringLiteral("level_split")};

QString idsText(const QList<qint64> &ids)
{
    QJsonArray array;
    for (const qint64 id : ids)
        array.append(id);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<qint64> idsFrom(const QVariant &value)
{
    QList<qint64> ids;
    for (const QJsonValue &id : QJsonDocument::fromJson(value.toString().toUtf8()).array())
        ids.append(qint64(id.toDouble()));
    return ids;
}

/*! Shares or prices by household id, as a JSON object. */
/*!
 * Priority levels as JSON: an array of levels, each a household id (a level of
 * one, as version 12 wrote them all) or an array of ids.
 */
QString levelsText(const QList<QList<qint64>> &levels)
{
    QJsonArray array;
    for (const QList<qint64> &level : levels) {
        if (level.size() == 1) {
            array.append(level.first());
            continue;
        }
        QJsonArray ids;
        for (const qint64 id : level)
            ids.append(id);
        array.append(ids);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<QList<qint64>> levelsFrom(const QVariant &value)
{
    QList<QList<qint64>> levels;
    for (const QJsonValue &level : QJsonDocument::fromJson(value.toString().toUtf8()).array()) {
        QList<qint64> ids;
        if (level.isArray()) {
            for (const QJsonValue &id : level.toArray())
                ids.append(qint64(id.toDouble()));
        } else {
            ids.append(qint64(level.toDouble()));
        }
        if (!ids.isEmpty())
            levels.append(ids);
    }
    return levels;
}

QString sharesText(const QMap<qint64, double> &shares)
{
    QJsonObject object;
    for (auto it = shares.cbegin(); it != shares.cend(); ++it)
        object.insert(QString::number(it.key()), it.value());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QMap<qint64, double> sharesFrom(const QVariant &value)
{
    QMap<qint64, double> shares;
    const QJsonObject object = QJsonDocument::fromJson(value.toString().toUtf8()).object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        shares.insert(it.key().toLongLong(), it.value().toDouble());
    return shares;
}

SharingScenario scenarioFrom(const QSqlQuery &q)
{
    SharingScenario s;
    s.id = q.value(0).toLongLong();
    s.name = q.value(1).toString();
    s.method = sharingMethodFromKey(q.value(2).toString()).value_or(SharingMethod::ProRata);
    s.rounds = q.value(3).toInt();
    s.sharePercent = sharesFrom(q.value(4));
    s.priority = levelsFrom(q.value(5));
    s.solidarity = idsFrom(q.value(6));
    s.localEurPerKwh = q.value(7).toDouble();
    s.networkReductionEurPerKwh = q.value(8).toDouble();
    s.yearlyFeeEur = q.value(9).toDouble();
    s.marginEurPerKwh = q.value(10).toDouble();
    s.perimeter =
        sharingPerimeterFromKey(q.value(11).toString()).value_or(SharingPerimeter::SameCabin);
    s.position = q.value(12).toInt();
    s.localPrices = sharesFrom(q.value(13));
    s.levelSplit = q.value(14).toString() == QLatin1String("fixed") ? SharingMethod::Fixed
                                                                    : SharingMethod::ProRata;
    return s;
}

QVariantList valuesOf(const SharingScenario &s)
{
    return {
        s.name,
        key(s.method),
        s.rounds,
        sharesText(s.sharePercent),
        levelsText(s.priority),
        idsText(s.solidarity),
        s.localEurPerKwh,
        s.networkReductionEurPerKwh,
        s.yearlyFeeEur,
        s.marginEurPerKwh,
        key(s.perimeter),
        s.position,
        sharesText(s.localPrices),
        key(s.levelSplit == SharingMethod::Fixed ? SharingMethod::Fixed : SharingMethod::ProRata)};
}

} // namespace

SharingScenarioStore::SharingScenarioStore(Workshop &workshop)
    : mScenarios(workshop, QStringLiteral("sharing_keys"), columns, scenarioFrom, valuesOf)
{}

QList<SharingScenario> SharingScenarioStore::all() const
{
    return mScenarios.rows(QStringLiteral(" ORDER BY position, id"));
}

std::optional<SharingScenario> SharingScenarioStore::find(const QString &idOrName) const
{
    bool isNumber = false;
    const qint64 id = idOrName.toLongLong(&isNumber);
    if (isNumber)
        if (auto byId = get(id))
            return byId;
    for (const SharingScenario &s : all())
        if (s.name.compare(idOrName, Qt::CaseInsensitive) == 0)
            return s;
    return std::nullopt;
}

} // namespace wattelier
