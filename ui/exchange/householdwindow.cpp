// SPDX-License-Identifier: GPL-3.0-or-later
#include "householdwindow.h"

#include "appicon.h"
#include "core/workshop.h"
#include "householdappliancespage.h"
#include "householddonepanel.h"
#include "householdmeterpage.h"
#include "householdwattmeterpage.h"
#include "inventory/household.h"
#include "inventory/householdstore.h"
#include "pindialog.h"
#include "preferences.h"
#include "screenfit.h"
#include "sessionundo.h"

#include <QAction>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace wattelier::ui {
namespace {
// Large type for people who rarely use a computer, and for a laptop seen
// from a chair: everything 1.4 times the usual size.
constexpr double scale = 1.4;
} // namespace

HouseholdWindow::HouseholdWindow(Workshop &workshop, qint64 householdId, Mode mode, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , mWorkshop(workshop)
    , mHouseholdId(householdId)
    , mMode(mode)
    , mHeading(new QLabel(this))
    , mTabs(new QTabWidget(this))
    , mUndo(new SessionUndo(workshop, this))
    , mLeave(new QPushButton(this))
{
    enlargeControls();
    setWindowIcon(appIcon());
    // The pseudonym only: the real name is the facilitator's, and may be on screen
    // in front of the whole group.
    const auto household = workshop.households().get(householdId);
    const QString name = household ? pseudonym(*household) : QString();
    setWindowTitle(tr("My household — %1").arg(name));
    mHeading->setObjectName(QStringLiteral("householdHeading"));
    mHeading->setWordWrap(true); // a long workshop name must not widen the window
    //: "Household C — Rue des Tilleuls 2026": the household's pseudonym and the workshop's name.
    mHeading->setText(tr("%1 — %2").arg(name, workshop.name()));

    mAppliances = new HouseholdAppliancesPage(workshop, householdId, this);
    mWattmeter = new HouseholdWattmeterPage(workshop, householdId, this);
    mMeter = new HouseholdMeterPage(workshop, householdId, this);
    mTabs->addTab(mAppliances, tr("My appliances"));
    mTabs->addTab(mWattmeter, tr("Wattmeter"));
    mTabs->addTab(mMeter, tr("Défi énergie"));
    if (mode == Mode::AtHome) {
        mDone = new HouseholdDonePanel(workshop.filePath(), this);
        mTabs->addTab(mDone, tr("When you are done"));
    }
    mTabs->setDocumentMode(true);

    // Undo and redo reach only what was done in this window (see SessionUndo).
    addAction(mUndo->undoAction());
    addAction(mUndo->redoAction());
    auto *undo = new QToolButton(this);
    undo->setDefaultAction(mUndo->undoAction());
    auto *redo = new QToolButton(this);
    redo->setDefaultAction(mUndo->redoAction());

    if (mode == Mode::AtWorkshop) {
        mLeave->setText(tr("&Facilitator: unlock"));
        mLeave->setToolTip(tr("Only the facilitator can leave this window: it asks for the PIN."));
    } else {
        mLeave->setText(tr("Cl&ose"));
    }
    connect(mLeave, &QPushButton::clicked, this, &QWidget::close);

    // One row of controls at the top, so the pages keep the height of a laptop screen.
    auto *saved = new QLabel(tr("Everything is saved as you go."), this);
    saved->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    saved->setContentsMargins(0, 0, 8, 4);
    mTabs->setCornerWidget(saved, Qt::TopRightCorner);
    auto *top = new QHBoxLayout;
    top->setSpacing(12);
    top->addWidget(mHeading, 1);
    top->addWidget(undo);
    top->addWidget(redo);
    top->addSpacing(24);
    top->addWidget(mLeave);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 14, 24, 14);
    layout->setSpacing(10);
    layout->addLayout(top);
    layout->addWidget(mTabs, 1);
    fitOnScreen(this, QSize(1280, 720));
}

HouseholdWindow::~HouseholdWindow() = default;

void HouseholdWindow::enlargeControls()
{
    QFont large = font();
    const double base = large.pointSizeF() > 0 ? large.pointSizeF() : 10.0;
    large.setPointSizeF(base * scale);
    setFont(large);
    // Generous padding on everything one clicks; the heading larger still.
    // The font size is also in the style sheet: with the application's style
    // sheet, a font set on the window does not reach every child widget.
    setStyleSheet(
        QStringLiteral(
            "QWidget { font-size: %1pt; }"
            "QPushButton, QToolButton { padding: 8px 20px; }"
            "QPushButton#householdPrimary, QLabel#householdTotal, QLabel#householdEstimate"
            " { font-weight: 600; }"
            "QTabBar::tab { padding: 10px 26px; }"
            "QLabel#householdHeading { font-size: %2pt; font-weight: 700;"
            " color: #0B3C5D; }"
            "QLabel#householdFormTitle { font-size: %3pt; font-weight: 600; }")
            .arg(base * scale, 0, 'f', 1)
            .arg(base * scale * 1.4, 0, 'f', 1)
            .arg(base * scale * 1.15, 0, 'f', 1));
}

void HouseholdWindow::closeEvent(QCloseEvent *event)
{
    if (mMode == Mode::AtWorkshop && !mUnlocked) {
        // No PIN stored means nothing to lock with (the facilitator is asked to
        // choose one before the window opens; see householdmode.h).
        if (hasFacilitatorPin() &&
            !PinDialog::askPin(this, facilitatorPinHash(),
                               tr("Only the facilitator can leave this window. Ask them to type "
                                  "the PIN."))) {
            event->ignore();
            return;
        }
        mUnlocked = true;
        emit unlocked();
    }
    event->accept();
    emit closed();
}

} // namespace wattelier::ui
