// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTabWidget>

namespace wattelier {
class Workshop;
}

namespace wattelier::ui {

class InventoryPage;
class ComparisonPage;
class ChallengePage;
class DataPage;
class CurvesPage;
class WhatIfPage;

/*!
 * The pages of an open workshop, one tab each. The main window keeps the
 * menus and the file; each page keeps its own work.
 */
class WorkshopView : public QTabWidget
{
    Q_OBJECT

public:
    /*! The pages in tab order; View ▸ shortcuts Ctrl+1… follow it. */
    enum Page
    {
        Inventory,
        Comparison,
        Challenge,
        Data,
        Curves,
        WhatIf,
        PageCount
    };

    explicit WorkshopView(Workshop &workshop, QWidget *parent = nullptr);

    /*! The page's title as its tab and its View menu entry show it (with an accelerator). */
    static QString pageTitle(Page page);
    void showPage(Page page);

    InventoryPage *inventory() const { return mInventory; }
    ComparisonPage *comparison() const { return mComparison; }
    ChallengePage *challenge() const { return mChallenge; }
    DataPage *data() const { return mData; }
    CurvesPage *curves() const { return mCurves; }
    WhatIfPage *whatIf() const { return mWhatIf; }

signals:
    /*! A page has something to say in the status bar. */
    void statusMessage(const QString &message, int timeoutMs);

private:
    InventoryPage *mInventory;
    ComparisonPage *mComparison;
    ChallengePage *mChallenge;
    DataPage *mData;
    CurvesPage *mCurves;
    WhatIfPage *mWhatIf;
};

} // namespace wattelier::ui
