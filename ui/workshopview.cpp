// SPDX-License-Identifier: GPL-3.0-or-later
#include "workshopview.h"

#include "challenge/challengepage.h"
#include "curves/curvespage.h"
#include "data/datapage.h"
#include "inventory/inventorypage.h"
#include "wattmeter/comparisonpage.h"
#include "whatif/whatifpage.h"

namespace wattelier::ui {

WorkshopView::WorkshopView(Workshop &workshop, QWidget *parent)
    : QTabWidget(parent)
    , mInventory(new InventoryPage(workshop, this))
    , mComparison(new ComparisonPage(workshop, this))
    , mChallenge(new ChallengePage(workshop, this))
    , mData(new DataPage(workshop, this))
    , mCurves(new CurvesPage(workshop, this))
    , mWhatIf(new WhatIfPage(workshop, this))
{
    setDocumentMode(true);
    QWidget *const pages[] = {mInventory, mComparison, mChallenge, mData, mCurves, mWhatIf};
    for (int page = 0; page < PageCount; ++page) {
        // Tabs show the title without its menu accelerator.
        addTab(pages[page], pageTitle(Page(page)).remove(QLatin1Char('&')));
    }
    connect(mData, &DataPage::statusMessage, this,
            [this](const QString &message) { emit statusMessage(message, 8000); });
    connect(mChallenge, &ChallengePage::statusMessage, this,
            [this](const QString &message) { emit statusMessage(message, 10000); });
    connect(mInventory, &InventoryPage::statusMessage, this,
            [this](const QString &message) { emit statusMessage(message, 8000); });
    connect(mCurves, &CurvesPage::statusMessage, this,
            [this](const QString &message) { emit statusMessage(message, 8000); });
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
    case PageCount:
        break;
    }
    return {};
}

void WorkshopView::showPage(Page page)
{
    setCurrentIndex(int(page));
}

} // namespace wattelier::ui
