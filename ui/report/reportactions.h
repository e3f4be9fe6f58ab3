// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>

class QAction;
class QWidget;

namespace wattelier {
class Workshop;
}

namespace wattelier::ui {

/*! File ▸ Print and export… (Ctrl+P) and File ▸ Blank forms…: both open the ReportDialog. */
class ReportActions : public QObject
{
    Q_OBJECT

public:
    explicit ReportActions(QWidget *window);

    QList<QAction *> actions() const;
    /*! The open workshop, or null: the actions are enabled only with one. */
    void setWorkshop(Workshop *workshop);

signals:
    void statusMessage(const QString &message);

private:
    void open(int kind);

    QWidget *mWindow;
    Workshop *mWorkshop = nullptr;
    QAction *mPrint;
    QAction *mForms;
};

} // namespace wattelier::ui
