// SPDX-License-Identifier: GPL-3.0-or-later
#include "deferredrefresh.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace wattelier::ui {

DeferredRefresh::DeferredRefresh(QWidget *page, std::function<void()> rebuild, int delayMs)
    : QObject(page)
    , mPage(page)
    , mRebuild(std::move(rebuild))
    , mTimer(new QTimer(this))
{
    mTimer->setSingleShot(true);
    mTimer->setInterval(delayMs);
    connect(mTimer, &QTimer::timeout, this, &DeferredRefresh::runIfNeeded);
    page->installEventFilter(this);
}

void DeferredRefresh::schedule()
{
    mPending = true;
    if (mPage->isVisible())
        mTimer->start();
}

void DeferredRefresh::runIfNeeded()
{
    if (mPending)
        run();
}

void DeferredRefresh::run()
{
    mPending = false;
    mTimer->stop();
    mRebuild();
}

bool DeferredRefresh::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == mPage && event->type() == QEvent::Show)
        runIfNeeded();
    return QObject::eventFilter(watched, event);
}

} // namespace wattelier::ui
