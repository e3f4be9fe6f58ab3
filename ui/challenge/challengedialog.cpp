// SPDX-License-Identifier: GPL-3.0-or-later
#include "challengedialog.h"

#include "challenge/challengeeditor.h"
#include "core/units.h"
#include "core/workshop.h"
#include "inventory/householdstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QSpinBox>
#include <QVBoxLayout>

namespace wattelier::ui {
namespace {

QDialogButtonBox *okCancel(QDialog *dialog)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

} // namespace

ChallengeDialog::ChallengeDialog(Workshop &workshop, const Challenge &challenge, bool showNames,
                                 QWidget *parent)
    : QDialog(parent)
    , mWorkshop(workshop)
    , mChallenge(challenge)
    , mName(new QLineEdit(challenge.name, this))
    , mStart(
          new QDateEdit(challenge.start.isValid() ? challenge.start : QDate::currentDate(), this))
    , mWeeks(new QSpinBox(this))
    , mHasGoal(new QCheckBox(tr("Aim for a &reduction of"), this))
    , mGoal(new QDoubleSpinBox(this))
    , mQuotaKind(new QComboBox(this))
    , mQuota(new QDoubleSpinBox(this))
    , mBaselineWeeks(new QSpinBox(this))
    , mHouseholds(new QListWidget(this))
{
    const bool isNew = challenge.id == 0;
    setWindowTitle(isNew ? tr("New challenge") : tr("Challenge settings"));
    mStart->setCalendarPopup(true);
    mStart->setDisplayFormat(units::dateFormat());
    mWeeks->setRange(1, 52);
    mWeeks->setValue(challenge.weeks);
    mWeeks->setSuffix(tr(" weeks"));
    mGoal->setRange(0, 100);
    mGoal->setSuffix(tr(" %"));
    mGoal->setValue(challenge.goalPercent.value_or(10.0));
    mHasGoal->setChecked(challenge.goalPercent.has_value());
    mGoal->setEnabled(mHasGoal->isChecked());
    connect(mHasGoal, &QCheckBox::toggled, mGoal, &QWidget::setEnabled);
    mQuotaKind->addItem(tr("No quota"), key(QuotaKind::None));
    mQuotaKind->addItem(tr("kWh per week per household"), key(QuotaKind::PerHousehold));
    mQuotaKind->addItem(tr("kWh per week per person"), key(QuotaKind::PerPerson));
    mQuotaKind->setCurrentIndex(qMax(0, mQuotaKind->findData(key(challenge.quota.kind))));
    mQuota->setRange(0, 1000);
    mQuota->setSuffix(tr(" kWh"));
    mQuota->setValue(challenge.quota.kwhPerWeek);
    mBaselineWeeks->setRange(1, 12);
    mBaselineWeeks->setValue(2);
    mBaselineWeeks->setSuffix(tr(" weeks before the start"));

    auto *goalRow = new QHBoxLayout;
    goalRow->addWidget(mHasGoal);
    goalRow->addWidget(mGoal);
    goalRow->addStretch();
    auto *quotaRow = new QHBoxLayout;
    quotaRow->addWidget(mQuotaKind);
    quotaRow->addWidget(mQuota);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), mName);
    form->addRow(tr("&Start (the reading day):"), mStart);
    form->addRow(tr("&Length:"), mWeeks);
    form->addRow(tr("Group goal:"), goalRow);
    // A row of several widgets needs its label's buddy set by hand, or the
    // label shows its "&" instead of underlining the key (#20).
    auto *quotaLabel = new QLabel(tr("&Quota:"), this);
    quotaLabel->setBuddy(mQuotaKind);
    form->addRow(quotaLabel, quotaRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    if (isNew) {
        form->addRow(tr("&Baseline:"), mBaselineWeeks);
        layout->addWidget(new QLabel(tr("Households taking part (each one's baseline and meter can "
                                        "be changed later):"),
                                     this));
        for (const Household &h : workshop.households().all()) {
            auto *item = new QListWidgetItem(showNames ? h.name : pseudonym(h), mHouseholds);
            item->setData(Qt::UserRole, h.id);
            // A défi is between homes: another participant joins only when ticked.
            item->setCheckState(h.isHome() ? Qt::Checked : Qt::Unchecked);
        }
        layout->addWidget(mHouseholds, 1);
    } else {
        mBaselineWeeks->hide();
        mHouseholds->hide();
    }
    layout->addWidget(okCancel(this));
}

Challenge ChallengeDialog::challenge() const
{
    Challenge c = mChallenge;
    c.name = mName->text().trimmed();
    c.start = mStart->date();
    c.weeks = mWeeks->value();
    c.goalPercent = mHasGoal->isChecked() ? std::optional<double>(mGoal->value()) : std::nullopt;
    c.quota.kind = quotaKindFromKey(mQuotaKind->currentData().toString()).value_or(QuotaKind::None);
    c.quota.kwhPerWeek = mQuota->value();
    return c;
}

QList<qint64> ChallengeDialog::participants() const
{
    QList<qint64> ids;
    for (int i = 0; i < mHouseholds->count(); ++i) {
        if (mHouseholds->item(i)->checkState() == Qt::Checked)
            ids.append(mHouseholds->item(i)->data(Qt::UserRole).toLongLong());
    }
    return ids;
}

BaselineChoice ChallengeDialog::defaultBaseline() const
{
    return BaselineChoice{BaselineKind::WeeksBefore, mBaselineWeeks->value(), std::nullopt};
}

void ChallengeDialog::accept()
{
    const QString problem = ChallengeEditor::validateChallenge(challenge());
    if (!problem.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), problem);
        return;
    }
    QDialog::accept();
}

ParticipantDialog::ParticipantDialog(const ChallengeParticipant &participant,
                                     const MeterLayout &layout, const QString &who, QWidget *parent)
    : QDialog(parent)
    , mParticipant(participant)
    , mLayout(layout)
    , mBaselineKind(new QComboBox(this))
    , mWeeksBefore(new QSpinBox(this))
    , mAnnualKwh(new QDoubleSpinBox(this))
    , mDayNight(new QCheckBox(tr("&Day and night registers (bi-hourly meter)"), this))
    , mInjection(new QCheckBox(tr("&Injection register (solar panels)"), this))
{
    setWindowTitle(tr("%1 in the challenge").arg(who));
    mBaselineKind->addItem(tr("The weeks read before the start"), key(BaselineKind::WeeksBefore));
    mBaselineKind->addItem(tr("The yearly bill ÷ 52"), key(BaselineKind::AnnualBill));
    mBaselineKind->addItem(tr("The challenge's first week"), key(BaselineKind::FirstWeek));
    mBaselineKind->setCurrentIndex(
        qMax(0, mBaselineKind->findData(key(participant.baseline.kind))));
    mWeeksBefore->setRange(1, 12);
    mWeeksBefore->setValue(participant.baseline.weeksBefore);
    mAnnualKwh->setRange(0, 100000);
    mAnnualKwh->setDecimals(0);
    mAnnualKwh->setSuffix(tr(" kWh a year"));
    mAnnualKwh->setValue(participant.baseline.annualKwh.value_or(0.0));
    mDayNight->setChecked(layout.dayNight);
    mInjection->setChecked(layout.injection);
    const auto update = [this] {
        const QString kind = mBaselineKind->currentData().toString();
        mWeeksBefore->setEnabled(kind == key(BaselineKind::WeeksBefore));
        mAnnualKwh->setEnabled(kind == key(BaselineKind::AnnualBill));
    };
    connect(mBaselineKind, &QComboBox::currentIndexChanged, this, update);
    update();
    auto *form = new QFormLayout;
    form->addRow(tr("&Baseline:"), mBaselineKind);
    form->addRow(tr("&Weeks before:"), mWeeksBefore);
    form->addRow(tr("&From the bill:"), mAnnualKwh);
    form->addRow(mDayNight);
    form->addRow(mInjection);
    auto *box = new QVBoxLayout(this);
    box->addLayout(form);
    box->addWidget(okCancel(this));
}

ChallengeParticipant ParticipantDialog::participant() const
{
    ChallengeParticipant p = mParticipant;
    p.baseline.kind = baselineKindFromKey(mBaselineKind->currentData().toString())
                          .value_or(BaselineKind::WeeksBefore);
    p.baseline.weeksBefore = mWeeksBefore->value();
    p.baseline.annualKwh =
        mAnnualKwh->value() > 0 ? std::optional<double>(mAnnualKwh->value()) : std::nullopt;
    return p;
}

MeterLayout ParticipantDialog::layout() const
{
    MeterLayout l = mLayout;
    l.dayNight = mDayNight->isChecked();
    l.injection = mInjection->isChecked();
    return l;
}

} // namespace wattelier::ui
