// SPDX-License-Identifier: GPL-3.0-or-later
#include "localtimeticker.h"

#include "timeseries/civiltime.h"

#include <QDateTime>

#include <array>

namespace wattelier::ui {
namespace {

constexpr qint64 hour = 3600;
constexpr qint64 day = 24 * hour;
constexpr qint64 month = 30 * day; // a unit for choosing; ticks fall on the 1st
constexpr std::array<qint64, 12> steps = {hour,      2 * hour, 3 * hour,  6 * hour,
                                          12 * hour, day,      2 * day,   7 * day,
                                          14 * day,  month,    3 * month, 12 * month};

const QTimeZone &brussels()
{
    static const QTimeZone zone = ZoneConverter::brussels();
    return zone;
}

QDateTime local(double key)
{
    return QDateTime::fromSecsSinceEpoch(qint64(key), brussels());
}

} // namespace

LocalTimeTicker::LocalTimeTicker()
{
    setTickCount(8);
}

double LocalTimeTicker::getTickStep(const QCPRange &range)
{
    const double wanted = range.size() / qMax(1, tickCount());
    mStepS = steps.back();
    for (qint64 step : steps) {
        if (step >= wanted) {
            mStepS = step;
            break;
        }
    }
    return double(mStepS);
}

QVector<double> LocalTimeTicker::createTickVector(double, const QCPRange &range)
{
    QVector<double> ticks;
    QDateTime t = local(range.lower);
    // Start at the step's boundary at or before the range, in wall-clock time.
    if (mStepS < day) {
        const int hours = int(mStepS / hour);
        t = QDateTime(t.date(), QTime(t.time().hour() / hours * hours, 0), brussels());
    } else if (mStepS < month) {
        t = QDateTime(t.date(), QTime(0, 0), brussels());
        if (mStepS >= 7 * day) // weeks start on Monday
            t = t.addDays(1 - t.date().dayOfWeek());
    } else {
        const int months = int(mStepS / month);
        const QDate first(t.date().year(), (t.date().month() - 1) / months * months + 1, 1);
        t = QDateTime(first, QTime(0, 0), brussels());
    }
    while (t.toSecsSinceEpoch() <= range.upper && ticks.size() < 500) {
        ticks.append(double(t.toSecsSinceEpoch()));
        if (mStepS < day)
            t = QDateTime(t.date(), t.time(), brussels()).addSecs(mStepS);
        else if (mStepS < month)
            t = QDateTime(t.date().addDays(mStepS / day), QTime(0, 0), brussels());
        else
            t = QDateTime(t.date().addMonths(int(mStepS / month)), QTime(0, 0), brussels());
    }
    return ticks;
}

QString LocalTimeTicker::getTickLabel(double tick, const QLocale &locale, QChar, int)
{
    const QDateTime t = local(tick);
    if (mStepS < day) {
        const QString time = locale.toString(t.time(), QLocale::ShortFormat);
        return t.time().hour() == 0 ? locale.toString(t.date(), QStringLiteral("ddd d MMM")) +
                                          QLatin1Char('\n') + time
                                    : time;
    }
    if (mStepS < month)
        return locale.toString(t.date(), QStringLiteral("ddd d MMM"));
    return locale.toString(t.date(), QStringLiteral("MMM yyyy"));
}

int LocalTimeTicker::getSubTickCount(double)
{
    return 0;
}

} // namespace wattelier::ui
