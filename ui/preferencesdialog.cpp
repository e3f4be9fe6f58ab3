#include "preferencesdialog.h"

#include "languagesetting.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace wattelier::ui {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , mLanguage(new QComboBox(this))
    , mRestartNote(new QLabel(this))
{
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
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(mRestartNote);
    layout->addStretch();
    layout->addWidget(buttons);
}

void PreferencesDialog::accept()
{
    setChosenLanguageCode(mLanguage->currentData().toString());
    QDialog::accept();
}

} // namespace wattelier::ui
