// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QObject>
#include <QString>

class QWidget;

namespace wattelier::ui {

/*!
 * Files dropped anywhere on the main window: a workshop file (*.wattelier)
 * opens; any other file is imported as data into the open workshop. Pages
 * that accept drops themselves (the Data page) keep theirs.
 */
class WindowFileDrop : public QObject
{
    Q_OBJECT

public:
    WindowFileDrop(QWidget *window, std::function<void(const QString &)> openWorkshop,
                   std::function<bool(const QString &)> importData);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    std::function<void(const QString &)> mOpenWorkshop;
    std::function<bool(const QString &)> mImportData;
};

} // namespace wattelier::ui
