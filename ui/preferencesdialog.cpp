// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferencesdialog.h"

#include "energy/workshoptariff.h"
#include "exchange/pinsettingsbox.h"
#include "languagesetting.h"
#include "numberinput.h"
#include "preferences.h"
#include "presentation/presenterview.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QVBoxLayout>

namespace wattelier::ui {

PreferencesDialog::PreferencesDialog(QWidget *parent, Workshop *workshop)
    : QDialog(parent)
    , mWorkshop(workshop)
    , mLanguage(new QComboBox(this))
    , mPrice(new QLineEdit(this))
    , mInjectionPrice(new QLineEdit(this))
    , mResolution(new QLineEdit(QLocale().toString(wattmeterResolutionW()), this))
    , mScreen(new QComboBox(this))
    , mRestartNote(new QLabel(this))
    , mPinBox(new PinSettingsBox(this))
{
    mScreen->addItem(tr("Automatic: the second screen when there is one"), -1);
    for (int i = 0; i < QGuiApplication::screens().size(); ++i)
        mScreen->addItem(PresenterView::screenLabel(i), i);
    mScreen->setCurrentIndex(qMax(0, mScreen->findData(projectionScreenChoice())));
    mScreen->setToolTip(tr("Where the slides go when you present to the group (F5); the "
                           "presenter view takes another screen"));
    const Tariff tariff = mWorkshop ? workshopTariff(*mWorkshop) : Tariff{};
    mPrice->setText(QLocale().toString(tariff.offtakeEurPerKwh));
    mInjectionPrice->setText(QLocale().toString(tariff.injectionEurPerKwh));
    mPrice->setToolTip(tr("Price of a kWh taken from the grid, for this workshop: used for the "
                          "yearly cost of standby and the value of self-consumption. Default: %1 "
                          "€/kWh, an order of size for Brussels households; put your group's "
                          "own tariff.")
                           .arg(QLocale().toString(Tariff{}.offtakeEurPerKwh)));
    mInjectionPrice->setToolTip(tr("What a kWh sent to the grid earns, for this workshop. "
                                   "Default: %1 €/kWh; see your supplier's injection tariff.")
                                    .arg(QLocale().toString(Tariff{}.injectionEurPerKwh)));
    mPrice->setEnabled(mWorkshop != nullptr);
    mInjectionPrice->setEnabled(mWorkshop != nullptr);
    mResolution->setToolTip(tr("The smallest step the group's wattmeters show at low power; "
                               "standby readings below it are flagged."));
    setWindowTitle(tr("Preferences"));
    for (const LanguageChoice &choice : languageChoices())
        mLanguage->addItem(choice.nativeName, choice.code);
    mLanguage->setCurrentIndex(qMax(0, mLanguage->findData(chosenLanguageCode())));
    mRestartNote->setWordWrap(true);
    mRestartNote->setText(tr("A new language applies the next time Wattelier starts. Numbers "
                             "and dates follow the language (decimal comma in French and "
                             "Dutch)."));

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), mLanguage);
    form->addRow(tr("Wattmeter &resolution (W):"), mResolution);
    form->addRow(tr("Projection &screen:"), mScreen);
    // Prices belong to the workshop: the same euros on every laptop and on the command line.
    auto *prices = new QGroupBox(mWorkshop ? tr("Prices of this workshop")
                                           : tr("Prices (open a workshop to set its prices)"),
                                 this);
    auto *priceForm = new QFormLayout(prices);
    priceForm->addRow(tr("Electricity &price (€/kWh):"), mPrice);
    priceForm->addRow(tr("&Injection price (€/kWh):"), mInjectionPrice);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(mRestartNote);
    layout->addWidget(prices);
    layout->addWidget(mPinBox);
    layout->addStretch();
    layout->addWidget(buttons);
}

void PreferencesDialog::accept()
{
    const auto price = parseLocaleNumber(mPrice->text(), this);
    const auto injectionPrice = parseLocaleNumber(mInjectionPrice->text(), this);
    const auto resolution = parseLocaleNumber(mResolution->text(), this);
    const Tariff tariff{price.value_or(-1.0), injectionPrice.value_or(-1.0)};
    if (mWorkshop) {
        const QString problem = validateTariff(tariff);
        if (!problem.isEmpty()) {
            QMessageBox::warning(this, windowTitle(), problem);
            (tariff.offtakeEurPerKwh < 0.0 || tariff.offtakeEurPerKwh > 5.0 ? mPrice
                                                                            : mInjectionPrice)
                ->setFocus();
            return;
        }
    }
    if (!resolution || *resolution <= 0.0 || *resolution > 10.0) {
        QMessageBox::warning(this, windowTitle(),
                             tr("The resolution must be a number of watts between 0 and 10."));
        mResolution->setFocus();
        return;
    }
    if (mWorkshop) {
        const QString problem = setWorkshopTariff(*mWorkshop, tariff);
        if (!problem.isEmpty()) {
            QMessageBox::warning(this, windowTitle(), problem);
            return;
        }
    }
    setWattmeterResolutionW(*resolution);
    setChosenLanguageCode(mLanguage->currentData().toString());
    setProjectionScreenChoice(mScreen->currentData().toInt());
    QDialog::accept();
}

} // namespace wattelier::ui
