// SPDX-License-Identifier: GPL-3.0-or-later
#include "peakspage.h"

#include "chartlook.h"
#include "core/units.h"
#include "core/workshop.h"
#include "deferredrefresh.h"
#include "energy/localperiods.h"
#include "inventory/appliancestore.h"
#include "inventory/householdstore.h"
#include "peakcharts.h"
#include "peaks/cabin.h"
#include "timeseries/civiltime.h"
#include "timeseries/seriesstore.h"
#include "wattmeter/wattmeterreadingstore.h"

#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QVBoxLayout>

#include <qcustomplot.h>

namespace wattelier::ui {
namespace {

/*! "Saturday 27/12/2025 at 19:00", in Brussels time. */
QString whenText(qint64 utc)
{
    const QDateTime local = QDateTime::fromSecsSinceEpoch(utc, ZoneConverter::brussels());
    return PeaksPage::tr("%1 %2 at %3")
        .arg(QLocale().dayName(local.date().dayOfWeek()), units::date(local.date()),
             QLocale().toString(local.time(), QStringLiteral("HH:mm")));
}

QCustomPlot *makePlot(QWidget *parent, const QString &name)
{
    auto *plot = new QCustomPlot(parent);
    plot->setLocale(QLocale());
    styleChart(plot);
    plot->legend->setVisible(false); // one curve or one set of bars: the axis titles say what
    plot->setAccessibleName(name);
    plot->setMinimumSize(300, 170);
    return plot;
}

} // namespace

PeaksPage::PeaksPage(Workshop &workshop, QWidget *parent)
    : WorkshopPane(parent)
    , mWorkshop(workshop)
    , mRefresh(new DeferredRefresh(this, [this] { rebuild(); }))
    , mYear(new QSpinBox(this))
    , mKva(new QDoubleSpinBox(this))
    , mPowerFactor(new QDoubleSpinBox(this))
    , mThreshold(new QLabel(this))
    , mFigures(new QLabel(this))
    , mDuration(makePlot(this, tr("Load-duration curve")))
    , mPeakDay(makePlot(this, tr("The day of the peak")))
    , mMonthly(makePlot(this, tr("Monthly peaks")))
    , mAtPeak(makePlot(this, tr("Households' loads at the group's peak")))
    , mNote(new QLabel(this))
{
    mFigures->setWordWrap(true);
    mFigures->setTextInteractionFlags(Qt::TextSelectableByMouse);
    mNote->setWordWrap(true);

    auto *charts = new QGridLayout;
    charts->addWidget(mDuration, 0, 0);
    charts->addWidget(mPeakDay, 0, 1);
    charts->addWidget(mMonthly, 1, 0);
    charts->addWidget(mAtPeak, 1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createControls());
    layout->addWidget(mFigures);
    layout->addLayout(charts, 1);
    layout->addWidget(mNote);

    // Whatever the curves are made of makes the peaks: rebuild (once, shortly after).
    connect(&mWorkshop.series(), &SeriesStore::changed, this, &PeaksPage::scheduleRebuild);
    connect(&mWorkshop.appliances(), &ApplianceStore::added, this, &PeaksPage::scheduleRebuild);
    connect(&mWorkshop.appliances(), &ApplianceStore::changed, this, &PeaksPage::scheduleRebuild);
    connect(&mWorkshop.appliances(), &ApplianceStore::removed, this, &PeaksPage::scheduleRebuild);
    connect(&mWorkshop.wattmeterReadings(), &WattmeterReadingStore::changed, this,
            &PeaksPage::scheduleRebuild);
    for (auto signal : {&HouseholdStore::added, &HouseholdStore::changed, &HouseholdStore::removed})
        connect(&mWorkshop.households(), signal, this, &PeaksPage::scheduleRebuild);
    connect(&mWorkshop, &Workshop::infoChanged, this, [this] {
        showCabin();
        scheduleRebuild();
    });
    showCabin();
}

PeaksPage::~PeaksPage()
{
    // A box that loses its focus while the page goes away finishes its editing: not into
    // a half-destroyed page (UBSan caught it).
    for (QDoubleSpinBox *box : {mKva, mPowerFactor})
        disconnect(box, nullptr, this, nullptr);
}

QWidget *PeaksPage::createControls()
{
    auto *controls = new QWidget(this);
    auto *row = new QHBoxLayout(controls);
    row->setContentsMargins(0, 0, 0, 0);
    auto *yearLabel = new QLabel(tr("&Year:"), controls);
    yearLabel->setBuddy(mYear);
    mYear->setRange(2000, 2100);
    mYear->setValue(defaultCurveYear(mWorkshop));
    connect(mYear, &QSpinBox::valueChanged, this, &PeaksPage::scheduleRebuild);

    auto *kvaLabel = new QLabel(tr("&Cabin capacity:"), controls);
    kvaLabel->setBuddy(mKva);
    mKva->setRange(0, 10000);
    mKva->setDecimals(0);
    mKva->setSingleStep(10);
    mKva->setSuffix(tr(" kVA"));
    mKva->setSpecialValueText(tr("not set"));
    mKva->setToolTip(tr("The transformer's capacity in kVA, as the grid operator gives it."));
    auto *factorLabel = new QLabel(tr("× power &factor"), controls);
    factorLabel->setBuddy(mPowerFactor);
    mPowerFactor->setRange(0.5, 1.0);
    mPowerFactor->setDecimals(2);
    mPowerFactor->setSingleStep(0.01);
    for (QDoubleSpinBox *box : {mKva, mPowerFactor}) {
        box->setKeyboardTracking(false);
        connect(box, &QDoubleSpinBox::editingFinished, this, &PeaksPage::saveCabin);
    }

    row->addWidget(yearLabel);
    row->addWidget(mYear);
    row->addSpacing(16);
    row->addWidget(kvaLabel);
    row->addWidget(mKva);
    row->addWidget(factorLabel);
    row->addWidget(mPowerFactor);
    row->addWidget(mThreshold);
    row->addStretch(1);
    return controls;
}

const WorkshopPeaks &PeaksPage::peaks()
{
    mRefresh->runIfNeeded();
    return mPeaks;
}

void PeaksPage::scheduleRebuild()
{
    mRefresh->schedule();
}

void PeaksPage::rebuild()
{
    const UtcPeriod year = periodContaining(PeriodKind::Year, QDate(mYear->value(), 1, 1));
    const auto peaks = workshopPeaks(mWorkshop, {year.fromUtc, year.toUtc, std::nullopt});
    mPeaks = peaks.valueOr(WorkshopPeaks{});
    if (!peaks)
        emit problem(peaks.error());
    drawDurationCurve(mDuration, mPeaks.figures);
    drawPeakDay(mPeakDay, mPeaks);
    drawMonthlyPeaks(mMonthly, mPeaks.figures);
    drawLoadsAtPeak(mAtPeak, mPeaks.figures);
    mFigures->setText(describeFigures());

    QStringList notes;
    if (mPeaks.estimatedHouseholds > 0)
        notes.append(tr("%n household(s) estimated from the inventory: estimates follow typical "
                        "days and peak together more than real households do, so the "
                        "coincidence factor here is higher than the cabin's.",
                        nullptr, mPeaks.estimatedHouseholds));
    notes.append(tr("Net load: what the households draw minus what every panel behind the "
                    "cabin produces. Sharing keys move money, not electrons: they do not "
                    "change it."));
    mNote->setText(notes.join(QLatin1Char(' ')));
}

QString PeaksPage::describeFigures() const
{
    const PeakFigures &f = mPeaks.figures;
    if (!f.peakAtUtc)
        return tr("No quarter hour of %1 has the group's consumption and production: import "
                  "data or fill in the inventories.")
            .arg(mYear->value());
    QStringList lines;
    lines.append(
        tr("<b>Peak of the group:</b> %1, %2.").arg(units::kw(f.peakKw), whenText(*f.peakAtUtc)));
    lines.append(f.reversePeakAtUtc
                     ? tr("<b>Sent back at most:</b> %1, %2.")
                           .arg(units::kw(f.reversePeakKw), whenText(*f.reversePeakAtUtc))
                     : tr("<b>Never sent back</b> to the grid."));
    if (f.coincidenceFactor)
        lines.append(tr("<b>Peaking together:</b> the group's peak is %1 of the sum of each "
                        "household's own peak (%2): coincidence factor %3.")
                         .arg(units::percent(*f.coincidenceFactor * 100),
                              units::kw(f.sumIndividualPeaksKw),
                              units::number(*f.coincidenceFactor, 2)));
    if (f.loadFactor)
        lines.append(tr("<b>Load factor</b> (mean load ÷ peak): %1; the peak is %2 times the "
                        "mean load.")
                         .arg(units::number(*f.loadFactor, 2), units::number(*f.peakToAverage, 1)));
    lines.append(f.thresholdKw
                     ? tr("<b>Above the cabin's %1:</b> %2 quarter hours (%3 of the time).")
                           .arg(units::kw(*f.thresholdKw),
                                units::number(f.quarterHoursAboveThreshold, 0),
                                units::percent(f.shareAboveThreshold.value_or(0) * 100))
                     : tr("Enter the cabin's capacity to count the quarter hours above it."));
    return lines.join(QStringLiteral("<br>"));
}

void PeaksPage::showCabin()
{
    const Cabin cabin = cabinOf(mWorkshop);
    mShowingCabin = true;
    mKva->setValue(cabin.kva.value_or(0));
    mPowerFactor->setValue(cabin.powerFactor);
    mShowingCabin = false;
    const auto threshold = cabin.thresholdKw();
    mThreshold->setText(threshold ? tr("= %1").arg(units::kw(*threshold)) : QString());
}

void PeaksPage::saveCabin()
{
    if (mShowingCabin)
        return;
    Cabin cabin;
    if (mKva->value() > 0)
        cabin.kva = mKva->value();
    cabin.powerFactor = mPowerFactor->value();
    const QString problemText = setCabin(mWorkshop, cabin);
    if (!problemText.isEmpty())
        emit problem(problemText);
}

} // namespace wattelier::ui
