// SPDX-License-Identifier: GPL-3.0-or-later
#include "numberinput.h"

#include "core/typednumber.h"

#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace wattelier::ui {

std::optional<double> parseLocaleNumber(const QString &text, const QWidget *askParent)
{
    const TypedNumber typed = readTypedNumber(text);
    switch (typed.status) {
    case TypedNumber::Status::Number:
        return typed.value;
    case TypedNumber::Status::Ambiguous:
        if (askParent)
            return askWhichNumber(const_cast<QWidget *>(askParent), text.trimmed(), typed.value,
                                  typed.decimalValue);
        return std::nullopt;
    case TypedNumber::Status::Empty:
    case TypedNumber::Status::Invalid:
        break;
    }
    return std::nullopt;
}

std::optional<double> askWhichNumber(QWidget *parent, const QString &text, double thousands,
                                     double decimal, int more)
{
    const QLocale locale;
    const QString asThousands = locale.toString(thousands, 'f', QLocale::FloatingPointShortest);
    const QString asDecimal = locale.toString(decimal, 'f', QLocale::FloatingPointShortest);
    QString question = QObject::tr("“%1” can be read two ways: %2 or %3. Which did you mean?")
                           .arg(text, asThousands, asDecimal);
    if (more > 0)
        question += QLatin1Char('\n') +
                    QObject::tr("%n other value(s) read the same two ways; your choice applies "
                                "to them too.",
                                nullptr, more);
    QMessageBox box(QMessageBox::Question, QObject::tr("Which number?"), question,
                    QMessageBox::Cancel, parent);
    QPushButton *first = box.addButton(asThousands, QMessageBox::AcceptRole);
    QPushButton *second = box.addButton(asDecimal, QMessageBox::AcceptRole);
    box.setDefaultButton(first);
    box.exec();
    if (box.clickedButton() == first)
        return thousands;
    if (box.clickedButton() == second)
        return decimal;
    return std::nullopt;
}

} // namespace wattelier::ui
