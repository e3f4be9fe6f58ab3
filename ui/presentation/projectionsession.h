// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace wattelier {
class Workshop;
}

namespace wattelier::ui {

class Presentation;
class PresentationWindow;
class PresenterView;

/*!
 * One presentation from start (F5) to end (Esc): the wall on the projection
 * screen (the second screen when there is one, or the one chosen last time)
 * and the presenter view on the laptop's. Deletes itself when it ends.
 */
class ProjectionSession : public QObject
{
    Q_OBJECT

public:
    explicit ProjectionSession(Workshop &workshop, QObject *parent = nullptr);
    ~ProjectionSession() override;

    /*! Opens the wall and, with two screens or more, the presenter view. */
    void start();
    void end();

    Presentation *presentation() const { return mPresentation; }
    PresentationWindow *wall() const { return mWall; }
    PresenterView *presenter() const { return mPresenter; }

    /*! The screen the wall goes to: the saved choice if it still exists, else the second. */
    static int projectionScreen();

signals:
    void ended();

private:
    Presentation *mPresentation;
    PresentationWindow *mWall;
    PresenterView *mPresenter;
};

} // namespace wattelier::ui
