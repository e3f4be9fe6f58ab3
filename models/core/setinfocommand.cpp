// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/setinfocommand.h"

#include "core/writetransaction.h"
#include "workshop.h"

namespace wattelier {

std::optional<double> infoNumber(const Workshop &workshop, const QString &key)
{
    bool ok = false;
    const double value = workshop.info(key).toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

QString infoText(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'g', 10) : QStringLiteral("");
}

bool InfoAccess::set(Workshop &workshop, NoKey, const QMap<QString, QString> &values)
{
    WriteTransaction transaction(workshop);
    bool written = transaction.isOpen();
    for (auto it = values.cbegin(); written && it != values.cend(); ++it)
        written = workshop.setInfo(it.key(), it.value());
    return written && transaction.commit();
}

namespace {

QMap<QString, QString> storedValues(const Workshop &workshop, const QMap<QString, QString> &keys)
{
    QMap<QString, QString> stored;
    for (auto it = keys.cbegin(); it != keys.cend(); ++it)
        stored.insert(it.key(), workshop.info(it.key()));
    return stored;
}

} // namespace

SetInfoCommand::SetInfoCommand(Workshop &workshop, const QMap<QString, QString> &values,
                               const QString &text)
    : ChangeValueCommand(workshop, {}, storedValues(workshop, values), values, text)
{}

} // namespace wattelier
