// SPDX-License-Identifier: GPL-3.0-or-later
#include "newworkshoptarget.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace wattelier::ui {
QString workshopFileName(const QString &chosen)
{
    return chosen.endsWith(QLatin1String(".wattelier"), Qt::CaseInsensitive)
               ? chosen
               : chosen + QStringLiteral(".wattelier");
}

bool makeRoomForNewWorkshop(QWidget *parent, const QString &path, const QString &openWorkshopPath)
{
    const QFileInfo target(path);
    const QString shown = QDir::toNativeSeparators(target.absoluteFilePath());
    if (!openWorkshopPath.isEmpty() &&
        target.absoluteFilePath() == QFileInfo(openWorkshopPath).absoluteFilePath()) {
        QMessageBox::warning(parent, QCoreApplication::translate("NewWorkshop", "New workshop"),
                             QCoreApplication::translate(
                                 "NewWorkshop",
                                 "“%1” is the workshop that is open. Choose another name for the "
                                 "new workshop.")
                                 .arg(shown));
        return false;
    }
    if (!target.exists())
        return true;
    // The file dialog's own question named what was typed, which may lack the
    // suffix: this one names the file that would really go.
    QMessageBox question(
        QMessageBox::Warning, QCoreApplication::translate("NewWorkshop", "New workshop"),
        QCoreApplication::translate(
            "NewWorkshop", "“%1” already exists (last changed on %2). Replace it with a new, "
                           "empty workshop?")
            .arg(shown, QLocale().toString(target.lastModified(), QLocale::ShortFormat)),
        QMessageBox::NoButton, parent);
    question.setInformativeText(QCoreApplication::translate(
        "NewWorkshop", "The existing file is moved to the trash, from where it can be restored."));
    QPushButton *replace = question.addButton(
        QCoreApplication::translate("NewWorkshop", "Move to the trash and replace"),
        QMessageBox::DestructiveRole);
    question.setDefaultButton(question.addButton(QMessageBox::Cancel));
    question.exec();
    if (question.clickedButton() != replace)
        return false;
    QFile existing(target.absoluteFilePath());
    if (!existing.moveToTrash()) {
        QMessageBox::warning(parent, QCoreApplication::translate("NewWorkshop", "New workshop"),
                             QCoreApplication::translate(
                                 "NewWorkshop",
                                 "“%1” could not be moved to the trash (%2); it was left as it "
                                 "is. Choose another name for the new workshop.")
                                 .arg(shown, existing.errorString()));
        return false;
    }
    return true;
}

} // namespace wattelier::ui
