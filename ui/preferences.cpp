// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferences.h"

#include <QSettings>

namespace wattelier::ui {
namespace {
const QString resolutionKey = QStringLiteral("wattmeters/resolutionW");
const QString pinKey = QStringLiteral("householdMode/facilitatorPinHash");
// Common plug-in wattmeters show whole watts at low power (about 0.1–1 W).
constexpr double defaultResolutionW = 1.0;
} // namespace

double wattmeterResolutionW()
{
    return QSettings().value(resolutionKey, defaultResolutionW).toDouble();
}

void setWattmeterResolutionW(double watts)
{
    QSettings().setValue(resolutionKey, watts);
}

int projectionScreenChoice()
{
    return QSettings().value(QStringLiteral("projection/screen"), -1).toInt();
}

void setProjectionScreenChoice(int screen)
{
    QSettings().setValue(QStringLiteral("projection/screen"), screen);
}

QString facilitatorPinHash()
{
    return QSettings().value(pinKey).toString();
}

void setFacilitatorPinHash(const QString &hash)
{
    if (hash.isEmpty())
        QSettings().remove(pinKey);
    else
        QSettings().setValue(pinKey, hash);
}

bool hasFacilitatorPin()
{
    return !facilitatorPinHash().isEmpty();
}

} // namespace wattelier::ui
