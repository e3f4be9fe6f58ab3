// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "challenge/challenge.h"

#include <QList>
#include <QStringList>
#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;
class QTableWidgetItem;

namespace wattelier {
class Workshop;
}

namespace wattelier::ui {

/*!
 * "Défi énergie": for a challenge the household takes part in, one row per
 * planned reading date and one column per register of its meter (day, night,
 * injection…). A typed index is written through ChallengeEditor; a refused
 * one (lower than the week before…) is explained and nothing is written.
 */
class HouseholdMeterPage : public QWidget
{
    Q_OBJECT

public:
    HouseholdMeterPage(Workshop &workshop, qint64 householdId, QWidget *parent = nullptr);

    QComboBox *challengeBox() const { return mChallenge; }
    QTableWidget *grid() const { return mGrid; }
    QLabel *messageLabel() const { return mMessage; }
    /*! The planned reading dates shown, one per row. */
    const QList<QDate> &dates() const { return mDates; }

private:
    void reload();
    void write(QTableWidgetItem *item);
    const StoredIndexReading *readingNear(const QDate &planned, MeterRegister reg) const;
    void showMessage(const QString &text, bool problem);
    QStringList shownHeadings() const;

    Workshop &mWorkshop;
    qint64 mHouseholdId;
    QLabel *mNone;
    QLabel *mChallengeLabel;
    QComboBox *mChallenge;
    QLabel *mExplanation;
    QTableWidget *mGrid;
    QLabel *mMessage;
    QList<QDate> mDates;
    QList<MeterRegister> mRegisters;
    QList<StoredIndexReading> mReadings;
    bool mFilling = false;
};

} // namespace wattelier::ui
