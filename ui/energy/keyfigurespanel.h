// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "energy/energybalance.h"

#include <QWidget>

class QLabel;

namespace wattelier::ui {

/*!
 * The figures everyone asks about, for the period on screen: the two rates
 * in large type, the kWh behind them, the data's coverage and what it is
 * worth at the Preferences' prices. Each figure says how it is computed
 * (tooltip and What's This).
 */
class KeyFiguresPanel : public QWidget
{
    Q_OBJECT

public:
    explicit KeyFiguresPanel(QWidget *parent = nullptr);

    /*! Shows \a balance, titled with the period's description. */
    /*! Shows \a balance; the euros at \a tariff, the workshop's prices. */
    void setBalance(const EnergyBalance &balance, const QString &periodText, const Tariff &tariff);

    /*! The rates as shown (for tests): "42 %" or "–". */
    QString selfConsumptionText() const;
    QString selfSufficiencyText() const;
    QString coverageText() const;

private:
    QLabel *addFigure(const QString &name, const QString &explanation, bool large = false);

    QLabel *mPeriod;
    QLabel *mSelfConsumption;
    QLabel *mSelfSufficiency;
    QLabel *mProduction;
    QLabel *mConsumption;
    QLabel *mSelfConsumed;
    QLabel *mInjected;
    QLabel *mOfftake;
    QLabel *mCoverage;
    QLabel *mMoney;
};

} // namespace wattelier::ui
