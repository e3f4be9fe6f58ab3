// SPDX-License-Identifier: GPL-3.0-or-later
#include "slidesequencedialog.h"

#include "core/workshop.h"
#include "energy/scenariostore.h"
#include "presentation/slidestore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace wattelier::ui {

SlideSequenceDialog::SlideSequenceDialog(Workshop &workshop, QWidget *parent)
    : QDialog(parent)
    , mWorkshop(workshop)
    , mList(new QListWidget(this))
    , mKind(new QComboBox(this))
    , mPeriod(new QComboBox(this))
    , mDate(new QDateEdit(this))
    , mScenario(new QComboBox(this))
    , mNotes(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Slides of the presentation"));
    mList->setAccessibleName(tr("Slides, in the order shown"));
    for (SlideKind kind : allSlideKinds())
        mKind->addItem(label(kind), int(kind));
    mKind->setAccessibleName(tr("Kind of slide to add"));
    mPeriod->addItem(tr("Day"), int(PeriodKind::Day));
    mPeriod->addItem(tr("Week"), int(PeriodKind::Week));
    mPeriod->addItem(tr("Month"), int(PeriodKind::Month));
    mPeriod->addItem(tr("Year"), int(PeriodKind::Year));
    mDate->setCalendarPopup(true);
    mDate->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    for (const Scenario &s : mWorkshop.scenarios().all())
        mScenario->addItem(s.name, s.id);
    mNotes->setPlaceholderText(tr("Notes for the presenter view; never shown on the wall."));

    auto *add = new QPushButton(tr("&Add"), this);
    auto *remove = new QPushButton(tr("&Remove"), this);
    auto *up = new QPushButton(tr("Move &up"), this);
    auto *down = new QPushButton(tr("Move &down"), this);
    up->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    down->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    connect(add, &QPushButton::clicked, this, &SlideSequenceDialog::addChosenKind);
    connect(remove, &QPushButton::clicked, this, &SlideSequenceDialog::removeCurrent);
    connect(up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveCurrent(1); });

    auto *addRow = new QHBoxLayout;
    addRow->addWidget(mKind, 1);
    addRow->addWidget(add);
    auto *moveRow = new QHBoxLayout;
    moveRow->addWidget(remove);
    moveRow->addWidget(up);
    moveRow->addWidget(down);
    auto *form = new QFormLayout;
    form->addRow(tr("&Period:"), mPeriod);
    form->addRow(tr("&Date:"), mDate);
    form->addRow(tr("&Scenario:"), mScenario);
    form->addRow(tr("N&otes:"), mNotes);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(addRow);
    layout->addWidget(mList, 1);
    layout->addLayout(moveRow);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(mList, &QListWidget::currentRowChanged, this, &SlideSequenceDialog::showCurrent);
    connect(mPeriod, &QComboBox::activated, this, &SlideSequenceDialog::saveCurrent);
    connect(mDate, &QDateEdit::editingFinished, this, &SlideSequenceDialog::saveCurrent);
    connect(mScenario, &QComboBox::activated, this, &SlideSequenceDialog::saveCurrent);
    connect(&mWorkshop.slides(), &SlideStore::changed, this, &SlideSequenceDialog::fill);
    fill();
    resize(560, 620);
}

void SlideSequenceDialog::fill()
{
    const int row = std::max(0, mList->currentRow());
    const QSignalBlocker blocker(mList);
    mSlides = SlideEditor(mWorkshop).sequence();
    mList->clear();
    for (const Slide &s : mSlides) {
        QString text = label(s.kind);
        if (s.kind == SlideKind::EnergyCurves && s.date.isValid())
            text += QStringLiteral(" — ") + QLocale().toString(s.date, QLocale::ShortFormat);
        mList->addItem(text);
    }
    mList->setCurrentRow(std::min(row, int(mList->count()) - 1));
    showCurrent();
}

std::optional<Slide> SlideSequenceDialog::currentSlide() const
{
    const int row = mList->currentRow();
    return row >= 0 && row < mSlides.size() ? std::optional<Slide>(mSlides.at(row)) : std::nullopt;
}

void SlideSequenceDialog::showCurrent()
{
    // Notes typed for the previous slide are kept before another is shown.
    if (!mLoading && mShownRow >= 0 && mShownRow < mSlides.size() &&
        mSlides.at(mShownRow).notes != mNotes->toPlainText() && mNotes->isEnabled()) {
        Slide typed = mSlides.at(mShownRow);
        typed.notes = mNotes->toPlainText();
        mShownRow = -1;
        SlideEditor(mWorkshop).replaceSlide(typed); // refills the list, then comes back here
        return;
    }
    mShownRow = mList->currentRow();
    const std::optional<Slide> slide = currentSlide();
    mLoading = true;
    const bool energy = slide && slide->kind == SlideKind::EnergyCurves;
    mPeriod->setEnabled(energy);
    mDate->setEnabled(energy);
    mScenario->setEnabled(slide && slide->kind == SlideKind::Scenario);
    mNotes->setEnabled(slide.has_value());
    if (slide) {
        mPeriod->setCurrentIndex(std::max(0, mPeriod->findData(int(slide->period))));
        mDate->setDate(slide->date.isValid() ? slide->date : QDate::currentDate());
        mScenario->setCurrentIndex(mScenario->findData(slide->scenarioId));
        mNotes->setPlainText(slide->notes);
    } else {
        mNotes->clear();
    }
    mLoading = false;
}

void SlideSequenceDialog::saveCurrent()
{
    std::optional<Slide> slide = currentSlide();
    if (mLoading || !slide)
        return;
    Slide changed = *slide;
    if (changed.kind == SlideKind::EnergyCurves) {
        changed.period = PeriodKind(mPeriod->currentData().toInt());
        changed.date = mDate->date();
    }
    if (changed.kind == SlideKind::Scenario)
        changed.scenarioId = mScenario->currentData().toLongLong();
    changed.notes = mNotes->toPlainText();
    if (!(changed == *slide))
        SlideEditor(mWorkshop).replaceSlide(changed);
}

void SlideSequenceDialog::addChosenKind()
{
    saveCurrent();
    Slide slide;
    slide.kind = SlideKind(mKind->currentData().toInt());
    slide.date = QDate::currentDate();
    if (slide.kind == SlideKind::Scenario && mScenario->count() > 0)
        slide.scenarioId = mScenario->itemData(0).toLongLong();
    const int position = mList->currentRow() + 1;
    SlideEditor(mWorkshop).addSlide(slide, position);
    fill();
    mList->setCurrentRow(position);
}

void SlideSequenceDialog::removeCurrent()
{
    // By position: a default slide not saved yet has no id.
    const int row = mList->currentRow();
    if (row >= 0)
        SlideEditor(mWorkshop).removeSlideAt(row);
    fill();
}

void SlideSequenceDialog::moveCurrent(int steps)
{
    const int from = mList->currentRow();
    const int to = from + steps;
    if (from < 0 || to < 0 || to >= mList->count())
        return;
    saveCurrent();
    SlideEditor(mWorkshop).moveSlide(from, to);
    fill();
    mList->setCurrentRow(to);
}

} // namespace wattelier::ui
