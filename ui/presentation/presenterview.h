// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTimer;

namespace wattelier {
class Workshop;
}

namespace wattelier::ui {

class Presentation;
class PresentationWindow;
class SlideView;

/*!
 * The facilitator's screen during a presentation: the slide on the wall and
 * the next one, the slide's notes, a clock, and the controls (previous,
 * next, black screen, names, the projection screen, export, end). With one
 * screen the wall takes it and these controls stay on the keyboard.
 */
class PresenterView : public QWidget
{
    Q_OBJECT

public:
    PresenterView(Workshop &workshop, Presentation &presentation, PresentationWindow &wall,
                  QWidget *parent = nullptr);

    /*! "Screen 2: HDMI-1 (1920 × 1080)": a screen as the screen choosers list it. */
    static QString screenLabel(int index);

    QCheckBox *namesBox() const { return mNames; }
    QComboBox *screenBox() const { return mScreen; }
    SlideView *currentView() const { return mCurrent; }
    SlideView *nextView() const { return mNext; }
    QLabel *notesLabel() const { return mNotes; }

    /*! Asks before names go on the wall; returns whether they are on. */
    bool askToShowNames();
    /*! Writes every slide as a PNG (1920 × 1080) into \a folder; the files written. */
    QStringList exportImages(const QString &folder);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void refresh();
    void chooseExportFolder();

    Workshop &mWorkshop;
    Presentation &mPresentation;
    PresentationWindow &mWall;
    SlideView *mCurrent;
    SlideView *mNext;
    QLabel *mPosition;
    QLabel *mNotes;
    QLabel *mClock;
    QCheckBox *mNames;
    QComboBox *mScreen;
    QTimer *mClockTimer;
};

} // namespace wattelier::ui
