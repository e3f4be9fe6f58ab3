// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenfit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

#include <algorithm>

namespace wattelier::ui {
namespace {

// Room for the title bar and frame the window manager adds around a window.
constexpr int frameWidth = 16;
constexpr int frameHeight = 40;

QRect availableFor(const QWidget *window)
{
    const QWidget *anchor = window->parentWidget() ? window->parentWidget()->window() : window;
    QScreen *screen = anchor->screen() ? anchor->screen() : QGuiApplication::primaryScreen();
    return screen ? screen->availableGeometry() : QRect(0, 0, 1024, 768);
}

} // namespace

void fitOnScreen(QWidget *window, const QSize &preferred)
{
    const QRect available = availableFor(window);
    const QSize room(available.width() - frameWidth, available.height() - frameHeight);
    window->resize(preferred.boundedTo(room).expandedTo(window->minimumSizeHint()));
    keepOnScreen(window);
}

void keepOnScreen(QWidget *window)
{
    const QRect available = availableFor(window);
    // Before it is shown, a window's frame is not known yet: assume a usual one.
    const QRect frame = window->isVisible()
                            ? window->frameGeometry()
                            : window->geometry().adjusted(-frameWidth / 2, -frameHeight + 8,
                                                          frameWidth / 2, 8);
    const int x = std::clamp(frame.left(), available.left(),
                             std::max(available.left(), available.right() + 1 - frame.width()));
    const int y = std::clamp(frame.top(), available.top(),
                             std::max(available.top(), available.bottom() + 1 - frame.height()));
    if (x != frame.left() || y != frame.top())
        window->move(window->pos() + QPoint(x - frame.left(), y - frame.top()));
}

} // namespace wattelier::ui
