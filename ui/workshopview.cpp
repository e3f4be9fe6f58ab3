// SPDX-License-Identifier: GPL-3.0-or-later
#include "workshopview.h"

#include "challenge/challengepage.h"
#include "energy/curvespage.h"
#include "energy/whatifpage.h"
#include "inventory/inventorypage.h"
#include "messagebar.h"
#include "peaks/peakspage.h"
#include "sharing/sharingpage.h"
#include "timeseries/datapage.h"
#include "wattmeter/comparisonpage.h"

#include <QVBoxLayout>

namespace wattelier::ui {

WorkshopView::WorkshopView(Workshop &workshop, QWidget *parent)
    : QTabWidget(parent)
    , mInventory(new InventoryPage(workshop, this))
    , mComparison(new ComparisonPage(workshop, this))
    , mChallenge(new ChallengePage(workshop, this))
    , mData(new DataPage(workshop, this))
    , mCurves(new CurvesPage(workshop, this))
    , mWhatIf(new WhatIfPage(workshop, this))
    , mPeaks(new PeaksPage(workshop, this))
    , mSharing(new SharingPage(workshop, this))
{
    setDocumentMode(true);
    QWidget *const pages[] = {mInventory, mComparison, mChallenge, mData,
                              mCurves,    mWhatIf,     mPeaks,     mSharing};
    for (int page = 0; page < PageCount; ++page)
        addPage(pages[page], Page(page));
    // Hints pass through the status bar; refusals stay on the page's own bar.
    const std::pair<WorkshopPane *, Page> panes[] = {
        {mInventory, Inventory}, {mChallenge, Challenge}, {mData, Data},
        {mCurves, Curves},       {mPeaks, Peaks},         {mSharing, Sharing}};
    for (const auto &[pane, page] : panes) {
        const int shownMs = page == Challenge ? 10000 : 8000; // the défi's hints say more
        connect(pane, &WorkshopPane::statusMessage, this,
                [this, shownMs](const QString &message) { emit statusMessage(message, shownMs); });
        connect(pane, &WorkshopPane::problem, mBars[page], &MessageBar::showProblem);
    }
    connect(mData, &DataPage::written, mBars[Data],
            [bar = mBars[Data]](const QString &text, const QString &path) {
                bar->showDone(text, path);
            });
}

QString WorkshopView::pageTitle(Page page)
{
    switch (page) {
    case Inventory:
        return tr("&Inventory");
    case Comparison:
        return tr("&Measured against estimated");
    case Challenge:
        return tr("&Energy challenge");
    case Data:
        return tr("&Data");
    case Curves:
        return tr("&Production and consumption");
    case WhatIf:
        return tr("What &if");
    case Peaks:
        return tr("Pea&ks");
    case Sharing:
        return tr("S&haring");
    case PageCount:
        break;
    }
    return {};
}

void WorkshopView::showPage(Page page)
{
    setCurrentIndex(int(page));
}

void WorkshopView::addPage(QWidget *page, Page which)
{
    auto *holder = new QWidget(this);
    auto *layout = new QVBoxLayout(holder);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    mBars[which] = new MessageBar(holder);
    layout->addWidget(mBars[which]);
    layout->addWidget(page, 1);
    // Tabs show the title without its menu accelerator.
    addTab(holder, pageTitle(which).remove(QLatin1Char('&')));
}

MessageBar *WorkshopView::messageBar(Page page) const
{
    return page >= 0 && page < PageCount ? mBars[page] : nullptr;
}

void WorkshopView::showProblem(const QString &text)
{
    if (MessageBar *bar = messageBar(currentPage()))
        bar->showProblem(text);
}

void WorkshopView::showDone(const QString &text, const QString &path)
{
    if (MessageBar *bar = messageBar(currentPage()))
        bar->showDone(text, path);
}

} // namespace wattelier::ui
