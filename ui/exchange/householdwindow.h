// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;

namespace wattelier {
class Workshop;
}

namespace wattelier::ui {

class HouseholdAppliancesPage;
class HouseholdWattmeterPage;
class HouseholdMeterPage;
class HouseholdDonePanel;
class SessionUndo;

/*!
 * "My household": a simple window for one household, in large type, for
 * people not used to software. It shows that household only, under its
 * pseudonym, never another household nor any real name: its appliances, its
 * wattmeter readings and its meter readings for the défi énergie.
 *
 * At the workshop the window is locked: leaving it (the unlock button, or
 * closing it) asks for the facilitator's PIN. At home it closes normally and
 * tells how to send the file back. Undo reaches only this window's own edits.
 */
class HouseholdWindow : public QWidget
{
    Q_OBJECT

public:
    enum class Mode
    {
        AtWorkshop, //!< on the facilitator's laptop, locked by the PIN
        AtHome,     //!< on the household's own file, no PIN
    };

    HouseholdWindow(Workshop &workshop, qint64 householdId, Mode mode, QWidget *parent = nullptr);
    ~HouseholdWindow() override;

    Mode mode() const { return mMode; }
    qint64 householdId() const { return mHouseholdId; }
    /*! True once the facilitator's PIN was typed (AtWorkshop); the window then closes. */
    bool isUnlocked() const { return mUnlocked; }

    QTabWidget *tabs() const { return mTabs; }
    QLabel *heading() const { return mHeading; }
    HouseholdAppliancesPage *appliancesPage() const { return mAppliances; }
    HouseholdWattmeterPage *wattmeterPage() const { return mWattmeter; }
    HouseholdMeterPage *meterPage() const { return mMeter; }
    /*! At home only; null at the workshop. */
    HouseholdDonePanel *donePanel() const { return mDone; }
    SessionUndo *sessionUndo() const { return mUndo; }
    QPushButton *leaveButton() const { return mLeave; }

signals:
    /*! AtWorkshop: the right PIN was typed; emitted just before the window closes. */
    void unlocked();
    /*! The window closed (both modes). */
    void closed();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void enlargeControls();

    Workshop &mWorkshop;
    qint64 mHouseholdId;
    Mode mMode;
    bool mUnlocked = false;
    QLabel *mHeading;
    QTabWidget *mTabs;
    HouseholdAppliancesPage *mAppliances;
    HouseholdWattmeterPage *mWattmeter;
    HouseholdMeterPage *mMeter;
    HouseholdDonePanel *mDone = nullptr;
    SessionUndo *mUndo;
    QPushButton *mLeave;
};

} // namespace wattelier::ui
