// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "presentation/slide.h"
#include "presentation/slidecontent.h"

#include <QObject>

class QKeyEvent;

namespace wattelier {
class Workshop;
}

namespace wattelier::ui {

/*!
 * A running presentation: the slides, where we are, the black screen and
 * whether households' names are on. The wall and the presenter view both
 * follow it. Keys are the ones presentation remotes send.
 */
class Presentation : public QObject
{
    Q_OBJECT

public:
    explicit Presentation(Workshop &workshop, QObject *parent = nullptr);

    int count() const { return int(mSlides.size()); }
    int current() const { return mCurrent; }
    const Slide &slide(int index) const { return mSlides.at(index); }
    /*! The content of slide \a index (built once per slide and names setting). */
    const SlideContent &content(int index);

    bool isBlack() const { return mBlack; }
    bool namesShown() const { return mNamesShown; }

    void goTo(int index);
    void next() { goTo(mCurrent + 1); }
    void previous() { goTo(mCurrent - 1); }
    void setBlack(bool black);
    /*! Turns names on or off for this presentation only (the caller asks for confirmation). */
    void setNamesShown(bool shown);
    /*! Reloads the slides (the sequence or the workshop changed). */
    void reload();

    /*!
     * Handles a key of a presentation remote or keyboard: Right, Left,
     * PageDown, PageUp, Space, Backspace, Home, End, B or "." (black screen),
     * Esc (end). Returns true when the key was used.
     */
    bool handleKey(QKeyEvent *event);

signals:
    void changed();
    void finished();

private:
    Workshop &mWorkshop;
    QList<Slide> mSlides;
    QList<std::optional<SlideContent>> mContents;
    int mCurrent = 0;
    bool mBlack = false;
    bool mNamesShown = false;
};

} // namespace wattelier::ui
