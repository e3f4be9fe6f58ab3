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
class PeaksPage;
class SharingPage;
class MessageBar;

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
        Peaks,
        Sharing,
        PageCount
    };

    explicit WorkshopView(Workshop &workshop, QWidget *parent = nullptr);

    /*! The page's title as its tab and its View menu entry show it (with an accelerator). */
    static QString pageTitle(Page page);
    void showPage(Page page);
    Page currentPage() const { return Page(currentIndex()); }

    /*! The message bar at the top of \a page. */
    MessageBar *messageBar(Page page) const;
    /*! A refusal, on the bar of the page in view. */
    void showProblem(const QString &text);
    /*! A completed step (a written file: \a path), on the bar of the page in view. */
    void showDone(const QString &text, const QString &path = {});

    InventoryPage *inventory() const { return mInventory; }
    ComparisonPage *comparison() const { return mComparison; }
    ChallengePage *challenge() const { return mChallenge; }
    DataPage *data() const { return mData; }
    CurvesPage *curves() const { return mCurves; }
    WhatIfPage *whatIf() const { return mWhatIf; }
    PeaksPage *peaks() const { return mPeaks; }
    SharingPage *sharing() const { return mSharing; }

signals:
    /*! A page has a passing hint for the status bar; refusals go to its message bar. */
    void statusMessage(const QString &message, int timeoutMs);

private:
    /*! \a page under its message bar, as one tab. */
    void addPage(QWidget *page, Page which);

    MessageBar *mBars[PageCount] = {};
    InventoryPage *mInventory;
    ComparisonPage *mComparison;
    ChallengePage *mChallenge;
    DataPage *mData;
    CurvesPage *mCurves;
    WhatIfPage *mWhatIf;
    PeaksPage *mPeaks;
    SharingPage *mSharing;
};

} // namespace wattelier::ui
