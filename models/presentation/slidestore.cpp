// SPDX-License-Identifier: GPL-3.0-or-later
#include "slidestore.h"

#include "challenge/challengestore.h"
#include "core/recordcommands.h"
#include "core/sqlvalue.h"
#include "core/workshop.h"
#include "energy/energyeditor.h"
#include "energy/scenariostore.h"
#include "energy/workshopcurves.h"
#include "inventory/appliancestore.h"
#include "peaks/cabin.h"
#include "sharing/sharingscenariostore.h"
#include "timeseries/seriesstore.h"
#include "wattmeter/comparison.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QUndoStack>

namespace wattelier {
namespace {

struct SlideEditorText
{
    Q_DECLARE_TR_FUNCTIONS(SlideEditor)
};

const QStringList columns = {QStringLiteral("kind"),  QStringLiteral("period"),
                             QStringLiteral("day"),   QStringLiteral("scenario_id"),
                             QStringLiteral("notes"), QStringLiteral("position")};

QString periodKey(PeriodKind kind)
{
    switch (kind) {
    case PeriodKind::Day:
        return QStringLiteral("day");
    case PeriodKind::Week:
        return QStringLiteral("week");
    case PeriodKind::Month:
        return QStringLiteral("month");
    case PeriodKind::Year:
        return QStringLiteral("year");
    }
    return QStringLiteral("day");
}

PeriodKind periodFromKey(const QString &key)
{
    for (PeriodKind kind : {PeriodKind::Day, PeriodKind::Week, PeriodKind::Month, PeriodKind::Year})
        if (periodKey(kind) == key)
            return kind;
    return PeriodKind::Day;
}

Slide slideFrom(const QSqlQuery &q)
{
    Slide s;
    s.id = q.value(0).toLongLong();
    // An unknown kind (a newer version's) shows as a title slide rather than vanishing.
    s.kind = slideKindFromKey(q.value(1).toString()).value_or(SlideKind::Title);
    s.period = periodFromKey(q.value(2).toString());
    s.date = q.value(3).isNull() ? QDate() : QDate::fromString(q.value(3).toString(), Qt::ISODate);
    s.scenarioId = q.value(4).isNull() ? 0 : q.value(4).toLongLong();
    s.notes = q.value(5).toString();
    s.position = q.value(6).toInt();
    return s;
}

QVariantList valuesOf(const Slide &s)
{
    return {key(s.kind),
            periodKey(s.period),
            s.date.isValid() ? QVariant(s.date.toString(Qt::ISODate))
                             : QVariant(QMetaType::fromType<QString>()),
            sqlId(s.scenarioId),
            sqlText(s.notes),
            s.position};
}

using SlideAccess = StoreAccess<&Workshop::slides>;

using AddSlide = AddRecordCommand<SlideAccess, Slide>;
using RemoveSlide = RemoveRecordCommand<SlideAccess, Slide>;
using ReplaceSlide = ReplaceRecordCommand<SlideAccess, Slide>;

bool hasCurves(const Workshop &workshop)
{
    if (pvInstallationOf(workshop).kwp.value_or(0.0) > 0)
        return true;
    for (const SeriesInfo &info : workshop.series().all())
        if (info.kind != SeriesKind::Other && info.stats.values > 0)
            return true;
    return !workshop.appliances().all().isEmpty();
}

void renumber(QList<Slide> &slides)
{
    for (int i = 0; i < slides.size(); ++i)
        slides[i].position = i;
}

} // namespace

SlideStore::SlideStore(Workshop &workshop)
    : mSlides(workshop, QStringLiteral("slides"), columns, slideFrom, valuesOf)
{}

QList<Slide> SlideStore::all() const
{
    return mSlides.rows(QStringLiteral(" ORDER BY position, id"));
}

QList<Slide> defaultSlides(const Workshop &workshop)
{
    QList<Slide> slides;
    const auto add = [&slides](SlideKind kind) -> Slide & {
        Slide slide;
        slide.kind = kind;
        slides.append(slide);
        return slides.last();
    };
    add(SlideKind::Title);
    add(SlideKind::InventoryPriority);
    add(SlideKind::InventoryCategory);
    if (!comparisonRows(workshop, 0).isEmpty())
        add(SlideKind::WattmeterSurprises);
    if (!workshop.challenges().challenges().isEmpty())
        add(SlideKind::ChallengeProgress);
    if (hasCurves(workshop)) {
        const int year = defaultCurveYear(workshop);
        Slide &day = add(SlideKind::EnergyCurves);
        day.period = PeriodKind::Day;
        day.date = QDate(year, 6, 21);
        Slide &wholeYear = add(SlideKind::EnergyCurves);
        wholeYear.period = PeriodKind::Year;
        wholeYear.date = QDate(year, 1, 1);
        // A group that described its cabin talks about its peaks.
        if (cabinOf(workshop).kva)
            add(SlideKind::Peaks).date = QDate(year, 1, 1);
        // A group that saved sharing keys compares them.
        if (!workshop.sharingScenarios().all().isEmpty())
            add(SlideKind::Sharing).date = QDate(year, 1, 1);
    }
    for (const Scenario &scenario : workshop.scenarios().all()) {
        Slide &slide = add(SlideKind::Scenario);
        slide.scenarioId = scenario.id;
    }
    renumber(slides);
    return slides;
}

SlideEditor::SlideEditor(Workshop &workshop)
    : mWorkshop(workshop)
{}

QList<Slide> SlideEditor::sequence() const
{
    const QList<Slide> saved = mWorkshop.slides().all();
    return saved.isEmpty() ? defaultSlides(mWorkshop) : saved;
}

namespace {

/*!
 * The sequence to edit, with ids: the saved one, or the default one given the
 * ids it will be saved with (the table is empty, so any id is free).
 */
QList<Slide> editableSequence(const Workshop &workshop, bool *saved)
{
    QList<Slide> slides = workshop.slides().all();
    *saved = !slides.isEmpty();
    if (!*saved) {
        slides = defaultSlides(workshop);
        for (int i = 0; i < slides.size(); ++i)
            slides[i].id = i + 1;
    }
    return slides;
}

/*!
 * One undo step taking the saved slides from \a before to \a after; a slide
 * of \a after with id 0 is new. Returns that new slide's command, if any.
 */
AddSlide *pushChange(Workshop &workshop, const QList<Slide> &before, const QList<Slide> &after,
                     const QString &text)
{
    auto *step = new QUndoCommand(text);
    const auto find = [](const QList<Slide> &slides, qint64 id) -> const Slide * {
        for (const Slide &s : slides)
            if (s.id == id && id != 0)
                return &s;
        return nullptr;
    };
    for (const Slide &old : before)
        if (!find(after, old.id))
            new RemoveSlide(workshop, old, text, step);
    for (const Slide &now : after) {
        const Slide *old = find(before, now.id);
        if (old && !(*old == now))
            new ReplaceSlide(workshop, *old, now, text, step);
    }
    // Slides with their ids first: a new slide (id 0) takes the next free id, which
    // must not be one of theirs.
    AddSlide *added = nullptr;
    for (const Slide &now : after)
        if (now.id != 0 && !find(before, now.id))
            new AddSlide(workshop, now, text, step);
    for (const Slide &now : after)
        if (now.id == 0)
            added = new AddSlide(workshop, now, text, step);
    if (step->childCount() == 0) {
        delete step;
        return nullptr;
    }
    // A step whose write failed is deleted: its new slide's command with it.
    return workshop.push(step) ? added : nullptr;
}

} // namespace

qint64 SlideEditor::addSlide(const Slide &slide, int position)
{
    bool saved = false;
    QList<Slide> slides = editableSequence(mWorkshop, &saved);
    Slide added = slide;
    added.id = 0;
    if (position < 0 || position > slides.size())
        position = int(slides.size());
    slides.insert(position, added);
    renumber(slides);
    AddSlide *command =
        pushChange(mWorkshop, saved ? mWorkshop.slides().all() : QList<Slide>(), slides,
                   SlideEditorText::tr("Add slide “%1”").arg(label(slide.kind)));
    return command ? command->recordId() : 0;
}

bool SlideEditor::replaceSlide(const Slide &slide)
{
    bool saved = false;
    QList<Slide> slides = editableSequence(mWorkshop, &saved);
    // An unsaved default slide has no id yet: it is known by its position.
    int index = -1;
    for (int i = 0; i < slides.size(); ++i) {
        if (saved || slide.id != 0 ? slides.at(i).id == slide.id : i == slide.position) {
            index = i;
            break;
        }
    }
    if (index < 0)
        return false;
    Slide changed = slide;
    changed.id = slides.at(index).id;
    changed.position = slides.at(index).position;
    if (saved && changed == slides.at(index))
        return true;
    slides[index] = changed;
    pushChange(mWorkshop, saved ? mWorkshop.slides().all() : QList<Slide>(), slides,
               SlideEditorText::tr("Change slide “%1”").arg(label(slide.kind)));
    return true;
}

bool SlideEditor::removeSlide(qint64 id)
{
    if (id <= 0)
        return false;
    const QList<Slide> saved = mWorkshop.slides().all();
    for (int i = 0; i < saved.size(); ++i) {
        if (saved.at(i).id == id)
            return removeSlideAt(i);
    }
    return false;
}

bool SlideEditor::removeSlideAt(int position)
{
    bool saved = false;
    QList<Slide> slides = editableSequence(mWorkshop, &saved);
    if (position < 0 || position >= slides.size())
        return false;
    const Slide removed = slides.takeAt(position);
    renumber(slides);
    QList<Slide> before = saved ? mWorkshop.slides().all() : QList<Slide>();
    pushChange(mWorkshop, before, slides,
               SlideEditorText::tr("Delete slide “%1”").arg(label(removed.kind)));
    return true;
}

bool SlideEditor::moveSlide(int from, int to)
{
    bool saved = false;
    QList<Slide> slides = editableSequence(mWorkshop, &saved);
    if (from < 0 || from >= slides.size() || to < 0 || to >= slides.size())
        return false;
    if (from == to)
        return true;
    const SlideKind kind = slides.at(from).kind;
    slides.move(from, to);
    renumber(slides);
    pushChange(mWorkshop, saved ? mWorkshop.slides().all() : QList<Slide>(), slides,
               SlideEditorText::tr("Move slide “%1”").arg(label(kind)));
    return true;
}

} // namespace wattelier
