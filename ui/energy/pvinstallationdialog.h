// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "energy/energyeditor.h"

#include <QDialog>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;

namespace wattelier::ui {

/*!
 * The group's PV installation: peak power, tilt, orientation and, when
 * known, its measured yearly yield. Shows the estimate it gives as one types.
 */
class PvInstallationDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PvInstallationDialog(const PvInstallation &installation, QWidget *parent = nullptr);

    PvInstallation installation() const;

    QDoubleSpinBox *kwpField() const { return mKwp; }
    QLabel *estimateLabel() const { return mEstimate; }

private:
    void updateEstimate();

    QDoubleSpinBox *mKwp;
    QDoubleSpinBox *mTilt;
    QDoubleSpinBox *mAzimuth;
    QCheckBox *mHasYield;
    QDoubleSpinBox *mYield;
    QLabel *mEstimate;
};

} // namespace wattelier::ui
