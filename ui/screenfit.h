// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSize>

class QWidget;

namespace wattelier::ui {

/*!
 * Sizes a window or dialog to \a preferred, or less on a small screen (a
 * 1024 × 768 projector, a 1366 × 768 laptop), never below its minimum, and
 * places it wholly on its screen: a window whose bottom edge is off screen
 * hides its buttons and the messages under it (#20).
 */
void fitOnScreen(QWidget *window, const QSize &preferred);

/*! Moves \a window (already sized) so that all of it, frame included, is on its screen. */
void keepOnScreen(QWidget *window);

} // namespace wattelier::ui
