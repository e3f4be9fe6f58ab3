// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace wattelier::ui {

class Presentation;
class SlideView;

/*!
 * The wall: the current slide, full screen on the chosen screen, or black.
 * It takes the keys a presentation remote sends.
 */
class PresentationWindow : public QWidget
{
    Q_OBJECT

public:
    explicit PresentationWindow(Presentation &presentation, QWidget *parent = nullptr);

    SlideView *slideView() const { return mView; }
    /*! Shows the window full screen on \a screenIndex (QGuiApplication::screens()). */
    void showOnScreen(int screenIndex);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void refresh();

    Presentation &mPresentation;
    SlideView *mView;
};

} // namespace wattelier::ui
