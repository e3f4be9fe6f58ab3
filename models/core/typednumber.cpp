// SPDX-License-Identifier: GPL-3.0-or-later
#include "typednumber.h"

#include <QRegularExpression>

#include <algorithm>

namespace wattelier {
namespace {

/*! Digits in groups of three after a first group of one to three: "12", "300", "000". */
bool groupedByThousands(const QStringList &groups)
{
    if (groups.isEmpty() || groups.first().isEmpty() || groups.first().size() > 3)
        return false;
    for (qsizetype i = 1; i < groups.size(); ++i)
        if (groups.at(i).size() != 3)
            return false;
    return true;
}

double joined(const QStringList &integerGroups, const QString &fraction)
{
    QString text = integerGroups.join(QString());
    if (!fraction.isEmpty())
        text += QLatin1Char('.') + fraction;
    return QLocale::c().toDouble(text);
}

} // namespace

TypedNumber readTypedNumber(const QString &text, const QLocale &locale)
{
    TypedNumber result;
    QString t = text;
    // Spaces of every kind group thousands in French and are never a decimal point.
    for (QChar space : {QChar(0x20), QChar(0xA0), QChar(0x202F), QChar(0x2009)})
        t.remove(space);
    if (t.isEmpty())
        return result;

    double sign = 1.0;
    if (t.startsWith(QLatin1Char('-')) || t.startsWith(QChar(0x2212))) {
        sign = -1.0;
        t.remove(0, 1);
    } else if (t.startsWith(QLatin1Char('+'))) {
        t.remove(0, 1);
    }
    static const QRegularExpression shape(QStringLiteral("^[0-9]+([.,][0-9]+)*$"));
    if (!shape.match(t).hasMatch()) {
        result.status = TypedNumber::Status::Invalid;
        return result;
    }

    const QString decimalPoint = locale.decimalPoint();
    const QString groupSeparator = locale.groupSeparator();
    const qsizetype dots = t.count(QLatin1Char('.'));
    const qsizetype commas = t.count(QLatin1Char(','));
    auto number = [&](double value) {
        result.status = TypedNumber::Status::Number;
        result.value = sign * value;
        return result;
    };
    auto invalid = [&] {
        result.status = TypedNumber::Status::Invalid;
        return result;
    };

    if (dots == 0 && commas == 0)
        return number(QLocale::c().toDouble(t));

    if (dots > 0 && commas > 0) {
        // Both: the last one is the decimal point, the other groups thousands.
        const qsizetype last =
            std::max(t.lastIndexOf(QLatin1Char('.')), t.lastIndexOf(QLatin1Char(',')));
        const QChar decimal = t.at(last);
        const QChar group = decimal == QLatin1Char('.') ? QLatin1Char(',') : QLatin1Char('.');
        if (t.count(decimal) != 1)
            return invalid();
        const QStringList groups = t.left(last).split(group);
        if (!groupedByThousands(groups))
            return invalid();
        return number(joined(groups, t.mid(last + 1)));
    }

    const QChar separator = dots > 0 ? QLatin1Char('.') : QLatin1Char(',');
    const QStringList parts = t.split(separator);
    if (parts.size() > 2) // "1.234.567": only thousands separators repeat
        return groupedByThousands(parts) ? number(joined(parts, {})) : invalid();

    const QString &integer = parts.first();
    const QString &fraction = parts.last();
    const double asDecimal = joined({integer}, fraction);
    const bool couldGroup = fraction.size() == 3 && groupedByThousands(parts) &&
                            integer != QLatin1String("0") && !integer.startsWith(QLatin1Char('0'));
    if (!couldGroup || separator == decimalPoint)
        return number(asDecimal);
    if (separator == groupSeparator)
        return number(joined(parts, {}));
    result.status = TypedNumber::Status::Ambiguous;
    result.value = sign * joined(parts, {});
    result.decimalValue = sign * asDecimal;
    return result;
}

} // namespace wattelier
