// SPDX-License-Identifier: GPL-3.0-or-later
#include "presentation.h"

#include "challenge/challengestore.h"
#include "core/workshop.h"
#include "energy/scenariostore.h"
#include "inventory/appliancestore.h"
#include "inventory/householdstore.h"
#include "presentation/slidestore.h"
#include "timeseries/seriesstore.h"
#include "wattmeter/wattmeterreadingstore.h"

#include <QKeyEvent>

namespace wattelier::ui {

Presentation::Presentation(Workshop &workshop, QObject *parent)
    : QObject(parent)
    , mWorkshop(workshop)
{
    reload();
    // Slides are live views: an edit made during the meeting shows at once.
    const auto refresh = [this] {
        mContents = QList<std::optional<SlideContent>>(mSlides.size());
        emit changed();
    };
    connect(&mWorkshop.households(), &HouseholdStore::changed, this, refresh);
    connect(&mWorkshop.households(), &HouseholdStore::removed, this, refresh);
    connect(&mWorkshop.appliances(), &ApplianceStore::added, this, refresh);
    connect(&mWorkshop.appliances(), &ApplianceStore::changed, this, refresh);
    connect(&mWorkshop.appliances(), &ApplianceStore::removed, this, refresh);
    connect(&mWorkshop.wattmeterReadings(), &WattmeterReadingStore::changed, this, refresh);
    connect(&mWorkshop.challenges(), &ChallengeStore::changed, this, refresh);
    connect(&mWorkshop.series(), &SeriesStore::changed, this, refresh);
    connect(&mWorkshop.scenarios(), &ScenarioStore::changed, this, refresh);
    connect(&mWorkshop, &Workshop::infoChanged, this, refresh);
    connect(&mWorkshop.slides(), &SlideStore::changed, this, &Presentation::reload);
    // Names follow the workshop's one state (#19), whichever page turns them on.
    mNamesShown = mWorkshop.showNames();
    connect(&mWorkshop, &Workshop::showNamesChanged, this, [this](bool shown) {
        mNamesShown = shown;
        mContents = QList<std::optional<SlideContent>>(mSlides.size()); // rebuilt with or without
        emit changed();
    });
}

void Presentation::reload()
{
    mSlides = SlideEditor(mWorkshop).sequence();
    mContents = QList<std::optional<SlideContent>>(mSlides.size());
    mCurrent = std::clamp(mCurrent, 0, std::max(0, count() - 1));
    emit changed();
}

const SlideContent &Presentation::content(int index)
{
    std::optional<SlideContent> &cached = mContents[index];
    if (!cached)
        cached = slideContent(mWorkshop, mSlides.at(index), mNamesShown);
    return *cached;
}

void Presentation::goTo(int index)
{
    const int clamped = std::clamp(index, 0, std::max(0, count() - 1));
    if (clamped == mCurrent && !mBlack)
        return;
    mCurrent = clamped;
    mBlack = false; // moving on lights the wall again
    emit changed();
}

void Presentation::setBlack(bool black)
{
    if (mBlack == black)
        return;
    mBlack = black;
    emit changed();
}

void Presentation::setNamesShown(bool shown)
{
    mWorkshop.setShowNames(shown);
}

bool Presentation::handleKey(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        next();
        return true;
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
        previous();
        return true;
    case Qt::Key_Home:
        goTo(0);
        return true;
    case Qt::Key_End:
        goTo(count() - 1);
        return true;
    case Qt::Key_B:
    case Qt::Key_Period:
        setBlack(!mBlack);
        return true;
    case Qt::Key_Escape:
        emit finished();
        return true;
    default:
        return false;
    }
}

} // namespace wattelier::ui
