// SPDX-License-Identifier: GPL-3.0-or-later
#include "keyfigurespanel.h"

#include "core/chartstyle.h"
#include "core/palette.h"
#include "core/units.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace wattelier::ui {
namespace {

QString energyText(double kwh)
{
    return units::kwh(kwh, kwh < 100 ? 1 : 0);
}

QString euros(double value)
{
    return QLocale().toCurrencyString(value, QStringLiteral("€"), 2);
}

} // namespace

KeyFiguresPanel::KeyFiguresPanel(QWidget *parent)
    : QWidget(parent)
    , mPeriod(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    QFont periodFont = mPeriod->font();
    periodFont.setBold(true);
    mPeriod->setFont(periodFont);
    mPeriod->setWordWrap(true);
    layout->addWidget(mPeriod);
    mSelfConsumption = addFigure(
        tr("Self-consumption"),
        tr("Share of the production used on the spot: Σ min(production, consumption) ÷ Σ "
           "production, interval by interval over the period. Intervals where either curve has "
           "no data are left out of both sums."),
        true);
    mSelfSufficiency = addFigure(
        tr("Self-sufficiency"),
        tr("Share of the consumption covered by the production: Σ min(production, consumption) "
           "÷ Σ consumption, interval by interval over the period."),
        true);
    mProduction = addFigure(tr("Production"), tr("Energy produced by the panels in the period."));
    mConsumption = addFigure(tr("Consumption"), tr("Energy used in the period, measured or "
                                                   "estimated from the inventories."));
    mSelfConsumed = addFigure(tr("Used on the spot"),
                              tr("Σ min(production, consumption): production used at the moment "
                                 "it was produced."));
    mInjected = addFigure(tr("Sent to the grid"), tr("Production beyond the consumption of the "
                                                     "moment: production − used on the spot."));
    mOfftake = addFigure(tr("Taken from the grid"), tr("Consumption beyond the production of the "
                                                       "moment: consumption − used on the spot."));
    mCoverage = addFigure(tr("Data coverage"),
                          tr("Share of the period's intervals where both production and "
                             "consumption have data. Below 100 %, the figures leave the gaps "
                             "out."));
    mMoney = addFigure(tr("At your prices"),
                       tr("Taken from the grid × electricity price; sent to the grid × injection "
                          "price; used on the spot × electricity price (what it saved). Prices "
                          "are set in Preferences."));
    mMoney->setWordWrap(true);
    layout->addStretch();
    setMinimumWidth(fontMetrics().averageCharWidth() * 30);
}

QLabel *KeyFiguresPanel::addFigure(const QString &name, const QString &explanation, bool large)
{
    auto *title = new QLabel(name, this);
    auto *value = new QLabel(this);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QLabel *label : {title, value}) {
        label->setToolTip(explanation);
        label->setWhatsThis(explanation);
    }
    value->setAccessibleName(name);
    value->setAccessibleDescription(explanation);
    if (large) {
        QFont font = value->font();
        font.setPointSizeF(font.pointSizeF() * 2.2);
        font.setBold(true);
        value->setFont(font);
    }
    auto *box = qobject_cast<QVBoxLayout *>(layout());
    box->addWidget(title);
    box->addWidget(value);
    box->addSpacing(large ? 8 : 2);
    return value;
}

void KeyFiguresPanel::setBalance(const EnergyBalance &balance, const QString &periodText,
                                 const Tariff &tariff)
{
    mPeriod->setText(periodText);
    mSelfConsumption->setText(units::rate(balance.selfConsumptionRate()));
    mSelfSufficiency->setText(units::rate(balance.selfSufficiencyRate()));
    mProduction->setText(energyText(balance.productionKwh));
    mConsumption->setText(energyText(balance.consumptionKwh));
    mSelfConsumed->setText(energyText(balance.selfConsumedKwh));
    mInjected->setText(energyText(balance.injectedKwh));
    mOfftake->setText(energyText(balance.offtakeKwh));
    // Estimated intervals count in the figures; their share is said beside the coverage.
    mCoverage->setText(balance.intervalsEstimated == 0 || balance.intervals == 0
                           ? units::percent(balance.coverage() * 100.0)
                           : tr("%1 (%2 estimated, hatched)")
                                 .arg(units::percent(balance.coverage() * 100.0),
                                      units::percent(100.0 * double(balance.intervalsEstimated) /
                                                     double(balance.intervals))));
    QPalette coverage = palette();
    if (balance.coverage() < 0.995)
        coverage.setColor(QPalette::WindowText, chartstyle::attention());
    mCoverage->setPalette(coverage);
    const BalanceMoney money = moneyOf(balance, tariff);
    mMoney->setText(tr("Grid: %1\nInjection: %2\nSaved: %3")
                        .arg(euros(money.offtakeCostEur), euros(money.injectionRevenueEur),
                             euros(money.selfConsumedSavingEur)));
}

QString KeyFiguresPanel::selfConsumptionText() const
{
    return mSelfConsumption->text();
}

QString KeyFiguresPanel::selfSufficiencyText() const
{
    return mSelfSufficiency->text();
}

QString KeyFiguresPanel::coverageText() const
{
    return mCoverage->text();
}

} // namespace wattelier::ui
