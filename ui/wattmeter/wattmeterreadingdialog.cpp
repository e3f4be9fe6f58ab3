// SPDX-License-Identifier: GPL-3.0-or-later
#include "wattmeterreadingdialog.h"

#include "core/units.h"
#include "core/workshop.h"
#include "inventory/catalogue.h"
#include "numberinput.h"
#include "preferences.h"
#include "wattmeter/wattmeterreadingwarnings.h"
#include "wattmeter/wattmeterstore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace wattelier::ui {

WattmeterReadingDialog::WattmeterReadingDialog(Workshop &workshop, const Appliance &appliance,
                                               const WattmeterReading &reading, QWidget *parent)
    : QDialog(parent)
    , mWorkshop(workshop)
    , mAppliance(appliance)
    , mReading(reading)
    , mDate(new QDateEdit(reading.measuredOn.isValid() ? reading.measuredOn : QDate::currentDate(),
                          this))
    , mKind(new QComboBox(this))
    , mValue(new QLineEdit(this))
    , mUnit(new QLabel(this))
    , mDurationLabel(new QLabel(tr("&Over (hours):"), this))
    , mDuration(new QLineEdit(this))
    , mMeasuredBy(new QLineEdit(reading.measuredBy, this))
    , mWattmeter(new QComboBox(this))
    , mNotes(new QLineEdit(reading.notes, this))
    , mWarnings(new QLabel(this))
    , mButtons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(reading.id > 0 ? tr("Change reading of “%1”").arg(appliance.name)
                                  : tr("New reading of “%1”").arg(appliance.name));
    mDate->setCalendarPopup(true);
    mDate->setDisplayFormat(units::dateFormat());
    mDate->setMaximumDate(QDate::currentDate().addDays(1));
    for (const ReadingKind kind : allReadingKinds())
        mKind->addItem(label(kind), key(kind));
    // Sensible first choice: energy over a duration for appliances that cycle,
    // per cycle for those counted in cycles, else power when on.
    ReadingKind initial = reading.kind;
    if (reading.id == 0)
        initial = cyclesOnAndOff(appliance)                  ? ReadingKind::EnergyOverDuration
                  : appliance.usageMode == UsageMode::Cycles ? ReadingKind::EnergyPerCycle
                                                             : ReadingKind::PowerOn;
    mKind->setCurrentIndex(mKind->findData(key(initial)));
    if (reading.id > 0) {
        mValue->setText(QLocale().toString(reading.value, 'g', 10));
        if (reading.kind == ReadingKind::EnergyOverDuration)
            mDuration->setText(QLocale().toString(reading.durationHours, 'g', 10));
    } else {
        mDuration->setText(QLocale().toString(24));
    }
    mValue->setAlignment(Qt::AlignRight);
    mDuration->setAlignment(Qt::AlignRight);
    mDurationLabel->setBuddy(mDuration);
    mMeasuredBy->setPlaceholderText(tr("optional"));
    mWattmeter->addItem(tr("Not noted"), 0);
    for (const Wattmeter &w : workshop.wattmeters().wattmeters())
        mWattmeter->addItem(w.label, w.id);
    mWattmeter->setCurrentIndex(qMax(0, mWattmeter->findData(reading.wattmeterId)));
    mWarnings->setWordWrap(true);
    mWarnings->setObjectName(QStringLiteral("readingWarnings"));
    mWarnings->setStyleSheet(QStringLiteral("color: #8A4B00;"));

    auto *valueRow = new QHBoxLayout;
    valueRow->addWidget(mValue, 1);
    valueRow->addWidget(mUnit);
    auto *form = new QFormLayout;
    form->addRow(tr("&Date:"), mDate);
    form->addRow(tr("&Reading:"), mKind);
    auto *valueLabel = new QLabel(tr("&Value:"), this); // a buddy, or "&" shows (#20)
    valueLabel->setBuddy(mValue);
    form->addRow(valueLabel, valueRow);
    form->addRow(mDurationLabel, mDuration);
    form->addRow(tr("Measured &by:"), mMeasuredBy);
    form->addRow(tr("&Wattmeter:"), mWattmeter);
    form->addRow(tr("&Notes:"), mNotes);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(mWarnings);
    layout->addWidget(mButtons);

    connect(mKind, &QComboBox::currentIndexChanged, this, &WattmeterReadingDialog::updateForm);
    connect(mValue, &QLineEdit::textChanged, this, &WattmeterReadingDialog::updateForm);
    connect(mDuration, &QLineEdit::textChanged, this, &WattmeterReadingDialog::updateForm);
    connect(mWattmeter, &QComboBox::currentIndexChanged, this, &WattmeterReadingDialog::updateForm);
    connect(mButtons, &QDialogButtonBox::accepted, this, &WattmeterReadingDialog::accept);
    connect(mButtons, &QDialogButtonBox::rejected, this, &WattmeterReadingDialog::reject);
    mValue->setFocus();
    updateForm();
    resize(qMax(width(), 480), height());
}

bool WattmeterReadingDialog::parse(WattmeterReading *reading, QString *error) const
{
    *reading = mReading;
    reading->applianceId = mAppliance.id;
    reading->measuredOn = mDate->date();
    reading->kind =
        readingKindFromKey(mKind->currentData().toString()).value_or(ReadingKind::PowerOn);
    reading->measuredBy = mMeasuredBy->text().trimmed();
    reading->notes = mNotes->text().trimmed();
    reading->wattmeterId = mWattmeter->currentData().toLongLong();
    const auto value = parseLocaleNumber(mValue->text(), this);
    if (!value) {
        *error = mValue->text().trimmed().isEmpty()
                     ? tr("Type the value the wattmeter showed.")
                     : tr("“%1” is not a number.").arg(mValue->text());
        return false;
    }
    reading->value = *value;
    if (reading->kind == ReadingKind::EnergyOverDuration) {
        const auto hours = parseLocaleNumber(mDuration->text(), this);
        if (!hours) {
            *error = tr("Type how many hours the wattmeter stayed plugged in.");
            return false;
        }
        reading->durationHours = *hours;
    } else {
        reading->durationHours = 0.0;
    }
    *error = validateReading(*reading);
    return error->isEmpty();
}

void WattmeterReadingDialog::updateForm()
{
    const auto kind =
        readingKindFromKey(mKind->currentData().toString()).value_or(ReadingKind::PowerOn);
    mUnit->setText(unitOf(kind));
    const bool overDuration = kind == ReadingKind::EnergyOverDuration;
    mDurationLabel->setVisible(overDuration);
    mDuration->setVisible(overDuration);

    WattmeterReading candidate;
    QString error;
    QStringList lines;
    if (parse(&candidate, &error)) {
        for (const WattmeterReadingWarning &warning : warningsFor(candidate))
            lines.append(QStringLiteral("⚠ ") + warning.message);
    } else if (!mValue->text().trimmed().isEmpty()) {
        lines.append(error);
    }
    mWarnings->setText(lines.join(QLatin1Char('\n')));
    mWarnings->setVisible(!lines.isEmpty());
    mButtons->button(QDialogButtonBox::Ok)
        ->setEnabled(error.isEmpty() && !mValue->text().trimmed().isEmpty());
}

QList<WattmeterReadingWarning>
WattmeterReadingDialog::warningsFor(const WattmeterReading &candidate) const
{
    // The wattmeter's own resolution when known, else the one in Preferences.
    const auto wattmeter = mWorkshop.wattmeters().wattmeter(candidate.wattmeterId);
    const double resolution =
        wattmeter && wattmeter->resolutionW ? *wattmeter->resolutionW : wattmeterResolutionW();
    return readingWarnings(mAppliance, candidate,
                           Catalogue::builtIn().find(mAppliance.catalogueKey), resolution);
}

WattmeterReading WattmeterReadingDialog::reading() const
{
    WattmeterReading result;
    QString error;
    parse(&result, &error);
    return result;
}

void WattmeterReadingDialog::accept()
{
    WattmeterReading candidate;
    QString error;
    if (!parse(&candidate, &error)) {
        mWarnings->setText(error);
        mWarnings->setVisible(true);
        return;
    }
    for (const WattmeterReadingWarning &warning : warningsFor(candidate)) {
        if (!warning.needsConfirmation)
            continue;
        const auto answer =
            QMessageBox::question(this, tr("Check the value"),
                                  warning.message + QStringLiteral("\n\n") + tr("Keep this value?"),
                                  QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            mValue->setFocus();
            mValue->selectAll();
            return;
        }
    }
    QDialog::accept();
}

} // namespace wattelier::ui
