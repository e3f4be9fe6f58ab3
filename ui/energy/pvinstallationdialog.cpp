// SPDX-License-Identifier: GPL-3.0-or-later
#include "pvinstallationdialog.h"

#include "core/units.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace wattelier::ui {
namespace {

QDoubleSpinBox *spinBox(double low, double high, double step, int decimals, const QString &suffix,
                        QWidget *parent)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(low, high);
    box->setSingleStep(step);
    box->setDecimals(decimals);
    box->setSuffix(suffix);
    box->setLocale(QLocale());
    return box;
}

} // namespace

PvInstallationDialog::PvInstallationDialog(const PvInstallation &installation, QWidget *parent)
    : QDialog(parent)
    , mKwp(spinBox(0, 100000, 0.5, 2, tr(" kWp"), this))
    , mTilt(spinBox(0, 90, 5, 0, tr("°"), this))
    , mAzimuth(spinBox(0, 360, 5, 0, tr("°"), this))
    , mHasYield(new QCheckBox(tr("&Measured yield:"), this))
    , mYield(spinBox(100, 2000, 10, 0, tr(" kWh/kWp a year"), this))
    , mEstimate(new QLabel(this))
{
    setWindowTitle(tr("PV installation"));
    mKwp->setSpecialValueText(tr("not described"));
    mKwp->setValue(installation.kwp.value_or(0.0));
    mTilt->setValue(installation.tiltDeg);
    mAzimuth->setValue(installation.azimuthDeg);
    mAzimuth->setToolTip(tr("Degrees clockwise from north: 90 east, 180 south, 270 west."));
    mTilt->setToolTip(tr("0° for flat panels, 90° for a facade."));
    mHasYield->setChecked(installation.yieldKwhPerKwp.has_value());
    mYield->setValue(installation.yieldKwhPerKwp.value_or(900.0));
    mYield->setEnabled(mHasYield->isChecked());
    mYield->setToolTip(tr("If the installation has run for a whole year, its production divided "
                          "by its kWp. It replaces the model's yield."));
    mEstimate->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Peak power:"), mKwp);
    form->addRow(tr("&Tilt:"), mTilt);
    form->addRow(tr("&Orientation (azimuth):"), mAzimuth);
    form->addRow(mHasYield, mYield);
    auto *note = new QLabel(tr("Location: Brussels (Uccle). The estimate follows the sun's path "
                               "for this tilt and orientation, scaled month by month to the "
                               "Royal Meteorological Institute's mean sunshine at Uccle."),
                            this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(mEstimate);
    layout->addWidget(note);
    layout->addWidget(buttons);

    for (QDoubleSpinBox *box : {mKwp, mTilt, mAzimuth, mYield})
        connect(box, &QDoubleSpinBox::valueChanged, this, &PvInstallationDialog::updateEstimate);
    connect(mHasYield, &QCheckBox::toggled, mYield, &QWidget::setEnabled);
    connect(mHasYield, &QCheckBox::toggled, this, &PvInstallationDialog::updateEstimate);
    updateEstimate();
}

PvInstallation PvInstallationDialog::installation() const
{
    PvInstallation pv;
    if (mKwp->value() > 0)
        pv.kwp = mKwp->value();
    pv.tiltDeg = mTilt->value();
    pv.azimuthDeg = mAzimuth->value();
    if (mHasYield->isChecked())
        pv.yieldKwhPerKwp = mYield->value();
    return pv;
}

void PvInstallationDialog::updateEstimate()
{
    const PvSystem system = installation().system();
    if (system.kwp <= 0) {
        mEstimate->setText(tr("Give the peak power to estimate the production."));
        return;
    }
    const QString invalid = validatePvSystem(system);
    if (!invalid.isEmpty()) {
        mEstimate->setText(invalid);
        return;
    }
    const PvEstimate estimate = estimatePv(system);
    mEstimate->setText(
        tr("Estimated production: %1 a year (%2 per kWp).")
            .arg(units::kwh(estimate.annualKwh), units::kwh(estimate.annualKwh / system.kwp)));
}

} // namespace wattelier::ui
