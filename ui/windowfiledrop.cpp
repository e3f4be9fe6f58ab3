// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowfiledrop.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QWidget>

namespace wattelier::ui {
namespace {

QString droppedFile(const QMimeData *mime)
{
    const QList<QUrl> urls = mime->urls();
    return !urls.isEmpty() && urls.first().isLocalFile() ? urls.first().toLocalFile() : QString();
}

} // namespace

WindowFileDrop::WindowFileDrop(QWidget *window, std::function<void(const QString &)> openWorkshop,
                               std::function<bool(const QString &)> importData)
    : QObject(window)
    , mOpenWorkshop(std::move(openWorkshop))
    , mImportData(std::move(importData))
{
    window->setAcceptDrops(true);
    window->installEventFilter(this);
}

bool WindowFileDrop::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::DragEnter) {
        auto *drag = static_cast<QDragEnterEvent *>(event);
        if (!droppedFile(drag->mimeData()).isEmpty()) {
            drag->acceptProposedAction();
            return true;
        }
    } else if (event->type() == QEvent::Drop) {
        auto *drop = static_cast<QDropEvent *>(event);
        const QString file = droppedFile(drop->mimeData());
        if (!file.isEmpty()) {
            drop->acceptProposedAction();
            if (file.endsWith(QLatin1String(".wattelier"), Qt::CaseInsensitive))
                mOpenWorkshop(file);
            else
                mImportData(file);
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace wattelier::ui
