// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "presentation/slide.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace wattelier {
class Workshop;
}

namespace wattelier::ui {

/*!
 * Chooses and orders the presentation's slides, with each slide's notes and,
 * for energy slides, the period shown. Saved in the workshop; every change
 * is undoable (Edit ▸ Undo).
 */
class SlideSequenceDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SlideSequenceDialog(Workshop &workshop, QWidget *parent = nullptr);

    QListWidget *list() const { return mList; }
    QComboBox *kindBox() const { return mKind; }
    void addChosenKind();
    void removeCurrent();
    void moveCurrent(int steps);

private:
    void fill();
    void showCurrent();
    void saveCurrent();
    std::optional<Slide> currentSlide() const;

    Workshop &mWorkshop;
    QList<Slide> mSlides;
    bool mLoading = false;
    int mShownRow = -1; //!< the slide whose notes the editor holds
    QListWidget *mList;
    QComboBox *mKind;
    QComboBox *mPeriod;
    QDateEdit *mDate;
    QComboBox *mScenario;
    QPlainTextEdit *mNotes;
};

} // namespace wattelier::ui
