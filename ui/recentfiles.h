// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QObject>
#include <QStringList>

class QMenu;

namespace wattelier::ui {

/*! The recently opened workshop files, most recent first, kept in QSettings. */
class RecentFiles : public QObject
{
    Q_OBJECT

public:
    static constexpr int maximum = 8;

    explicit RecentFiles(QObject *parent = nullptr);

    QStringList files() const;
    void add(const QString &path);
    void remove(const QString &path);
    void clear();
    /*! Lists the files in \a menu (missing ones greyed out), each calling \a open. */
    void fillMenu(QMenu *menu, const std::function<void(const QString &)> &open);

signals:
    void changed();

private:
    void store(const QStringList &files);
};

} // namespace wattelier::ui
