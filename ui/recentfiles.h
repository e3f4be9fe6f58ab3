#pragma once

#include <QObject>
#include <QStringList>

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

signals:
    void changed();

private:
    void store(const QStringList &files);
};

} // namespace wattelier::ui
