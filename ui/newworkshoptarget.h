// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace wattelier::ui {

/*! A file name chosen for a new workshop, with the ".wattelier" suffix added when missing. */
QString workshopFileName(const QString &chosen);

/*!
 * Makes room for a new workshop at \a path (#19). The open workshop is never
 * the target. An existing file is replaced only after a question that names
 * the real file, and then moved to the trash, never deleted. Returns false
 * (after saying why, when it was not the user's own choice) when the new
 * workshop must not be created there.
 */
bool makeRoomForNewWorkshop(QWidget *parent, const QString &path, const QString &openWorkshopPath);

} // namespace wattelier::ui
