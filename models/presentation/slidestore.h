// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/recordtable.h"
#include "presentation/slide.h"

#include <optional>

#include <QList>
#include <QObject>

namespace wattelier {

class Workshop;

/*! The presentation's slides saved in the workshop (table slides, schema version 7). */
class SlideStore : public RecordStore
{
    Q_OBJECT

public:
    explicit SlideStore(Workshop &workshop);

    QList<Slide> all() const; //!< by position
    std::optional<Slide> get(qint64 id) const { return mSlides.get(id); }
    //! A new id unless set; 0 on failure.
    qint64 insert(const Slide &slide) { return changedIf(mSlides.insert(slide)); }
    bool replace(const Slide &slide) { return changedIf(mSlides.replace(slide)); }
    bool remove(qint64 id) { return changedIf(mSlides.remove(id)); }
    int nextPosition() const { return mSlides.nextPosition(); }

private:
    Records<Slide> mSlides;
};

/*!
 * The sequence a workshop without a saved one starts from: title, inventory
 * by priority and by category, wattmeter surprises (when there are
 * measurements), the latest challenge (when there is one), a sunny day and
 * the year of production against consumption (when there are curves), and
 * each saved scenario.
 */
QList<Slide> defaultSlides(const Workshop &workshop);

/*!
 * Undoable edits of the sequence: add, change, remove and move (each one
 * undo step). When the workshop has no saved sequence yet, the first edit
 * saves the default one with it.
 */
class SlideEditor
{
public:
    explicit SlideEditor(Workshop &workshop);

    /*! The saved sequence, or the default one when none is saved. */
    QList<Slide> sequence() const;

    qint64 addSlide(const Slide &slide, int position = -1); //!< at the end by default
    /*! Changes the slide with the same id (an unsaved default slide: the same position). */
    bool replaceSlide(const Slide &slide);
    bool removeSlide(qint64 id);
    /*! Removes the slide at \a position in sequence(): also for unsaved default slides (id 0). */
    bool removeSlideAt(int position);
    /*! Moves the slide at \a from to \a to (0-based positions in sequence()). */
    bool moveSlide(int from, int to);

private:
    Workshop &mWorkshop;
};

} // namespace wattelier
