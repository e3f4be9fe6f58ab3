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
    /*! A document was written at \a path (a file, or the folder of household sheets). */
    void written(const QString &text, const QString &path);

private:
    void open(int kind);

    QWidget *mWindow;
    Workshop *mWorkshop = nullptr;
    QAction *mPrint;
    QAction *mForms;
};

} // namespace wattelier::ui
