// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "householdshots.h"

/*!
 * The merge dialog of a household's file (merge-LANG.png): a copy of
 * \a workshopPath invites household C, "the household" adds a kettle and
 * changes two values, the facilitator changed one of them too (a conflict).
 * The workshop itself is not touched.
 */
bool renderMergeScreenshot(const QString &workshopPath, const QString &outFolder,
                           const QString &language, const SaveScreenshot &save);
