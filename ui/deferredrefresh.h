// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>

class QTimer;
class QWidget;

namespace wattelier::ui {

/*!
 * Rebuilds what a page shows once, shortly after the last of a burst of
 * changes (an import, an undo of ten steps), and only while the page is
 * visible: a hidden page rebuilds when it is shown, or when someone asks for
 * its content. The curves and the peaks take a while on a year of data, so
 * they are not rebuilt on every signal.
 */
class DeferredRefresh : public QObject
{
    Q_OBJECT

public:
    DeferredRefresh(QWidget *page, std::function<void()> rebuild, int delayMs = 250);

    /*! Something the page shows has changed: rebuild soon (now hidden: when shown). */
    void schedule();
    /*! Rebuilds now if a change is pending. */
    void runIfNeeded();
    /*! Rebuilds now, whatever is pending. */
    void run();
    bool isPending() const { return mPending; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *mPage;
    std::function<void()> mRebuild;
    QTimer *mTimer;
    bool mPending = true; //!< nothing is built before the first run
};

} // namespace wattelier::ui
