// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectionsession.h"

#include "preferences.h"
#include "presentation.h"
#include "presentationwindow.h"
#include "presenterview.h"

#include <QComboBox>
#include <QGuiApplication>
#include <QScreen>

namespace wattelier::ui {

ProjectionSession::ProjectionSession(Workshop &workshop, QObject *parent)
    : QObject(parent)
    , mPresentation(new Presentation(workshop, this))
    , mWall(new PresentationWindow(*mPresentation))
    , mPresenter(new PresenterView(workshop, *mPresentation, *mWall))
{
    mWall->setAttribute(Qt::WA_DeleteOnClose, false);
    connect(mPresentation, &Presentation::finished, this, &ProjectionSession::end);
    connect(mPresenter->screenBox(), &QComboBox::activated, this,
            [](int index) { setProjectionScreenChoice(index); });
}

ProjectionSession::~ProjectionSession()
{
    delete mPresenter;
    delete mWall;
}

int ProjectionSession::projectionScreen()
{
    const int screens = int(QGuiApplication::screens().size());
    const int saved = projectionScreenChoice();
    if (saved >= 0 && saved < screens)
        return saved;
    return screens > 1 ? 1 : 0;
}

void ProjectionSession::start()
{
    const int wallScreen = projectionScreen();
    mPresenter->screenBox()->setCurrentIndex(wallScreen);
    mWall->showOnScreen(wallScreen);
    if (QGuiApplication::screens().size() > 1) {
        // The presenter view on a screen the wall does not use.
        QScreen *laptop = QGuiApplication::screens().at(wallScreen == 0 ? 1 : 0);
        mPresenter->setScreen(laptop);
        mPresenter->setGeometry(laptop->availableGeometry());
        mPresenter->showMaximized();
        mWall->activateWindow();
    }
}

void ProjectionSession::end()
{
    mWall->hide();
    mPresenter->hide();
    emit ended();
    deleteLater();
}

} // namespace wattelier::ui
