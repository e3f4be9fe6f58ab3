// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "challenge/challenge.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace wattelier {
class Workshop;
}

namespace wattelier::ui {

/*! Settings of a challenge: name, dates, goal, quota and (for a new one) who takes part. */
class ChallengeDialog : public QDialog
{
    Q_OBJECT

public:
    ChallengeDialog(Workshop &workshop, const Challenge &challenge, bool showNames,
                    QWidget *parent = nullptr);

    Challenge challenge() const;
    QList<qint64> participants() const;
    BaselineChoice defaultBaseline() const;
    void accept() override;

private:
    Workshop &mWorkshop;
    Challenge mChallenge;
    QLineEdit *mName;
    QDateEdit *mStart;
    QSpinBox *mWeeks;
    QCheckBox *mHasGoal;
    QDoubleSpinBox *mGoal;
    QComboBox *mQuotaKind;
    QDoubleSpinBox *mQuota;
    QSpinBox *mBaselineWeeks;
    QListWidget *mHouseholds;
};

/*! One household in a challenge: its baseline and its meter's registers. */
class ParticipantDialog : public QDialog
{
    Q_OBJECT

public:
    ParticipantDialog(const ChallengeParticipant &participant, const MeterLayout &layout,
                      const QString &who, QWidget *parent = nullptr);

    ChallengeParticipant participant() const;
    MeterLayout layout() const;

private:
    ChallengeParticipant mParticipant;
    MeterLayout mLayout;
    QComboBox *mBaselineKind;
    QSpinBox *mWeeksBefore;
    QDoubleSpinBox *mAnnualKwh;
    QCheckBox *mDayNight;
    QCheckBox *mInjection;
};

} // namespace wattelier::ui
