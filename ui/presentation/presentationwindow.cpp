// SPDX-License-Identifier: GPL-3.0-or-later
#include "presentationwindow.h"

#include "presentation.h"
#include "slideview.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QPainter>
#include <QScreen>
#include <QVBoxLayout>

namespace wattelier::ui {

PresentationWindow::PresentationWindow(Presentation &presentation, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , mPresentation(presentation)
    , mView(new SlideView(this))
{
    setWindowTitle(tr("Wattelier presentation"));
    setCursor(Qt::BlankCursor);
    setFocusPolicy(Qt::StrongFocus);
    mView->setFocusPolicy(Qt::NoFocus);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(mView);
    connect(&mPresentation, &Presentation::changed, this, &PresentationWindow::refresh);
    refresh();
}

void PresentationWindow::showOnScreen(int screenIndex)
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    if (screenIndex >= 0 && screenIndex < screens.size()) {
        setScreen(screens.at(screenIndex));
        setGeometry(screens.at(screenIndex)->geometry());
    }
    showFullScreen();
    activateWindow();
    setFocus();
}

void PresentationWindow::refresh()
{
    if (mPresentation.count() == 0)
        return;
    mView->setVisible(!mPresentation.isBlack());
    mView->setContent(mPresentation.content(mPresentation.current()));
    mView->setNamesShown(mPresentation.namesShown());
    update();
}

void PresentationWindow::keyPressEvent(QKeyEvent *event)
{
    if (!mPresentation.handleKey(event))
        QWidget::keyPressEvent(event);
}

void PresentationWindow::paintEvent(QPaintEvent *)
{
    // Behind the slide, and all there is on a black screen.
    QPainter(this).fillRect(rect(), Qt::black);
}

} // namespace wattelier::ui
