// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

/*!
 * The facilitator's PIN, which locks the "My household" window at a workshop.
 * Only a salted, iterated hash is ever stored; the PIN itself never is.
 */
namespace wattelier {

/*! Rounds of SHA-256 for new hashes: slow enough to make guessing a stolen hash costly. */
inline constexpr int pinHashRounds = 20000;

/*! True for 4 to 8 digits 0–9, nothing else (no spaces, no other scripts' digits). */
bool isAcceptablePin(const QString &pin);

/*!
 * A storable hash of \a pin with a new random salt:
 * "sha256i$ROUNDS$SALT$HASH", salt and hash in hex.
 */
QString hashPin(const QString &pin);

/*! The same with a given salt and round count, for tests and for verifyPin(). */
QString hashPin(const QString &pin, const QByteArray &salt, int rounds);

/*!
 * True when \a pin matches \a stored (a hashPin() result). The hashes are
 * compared in constant time; a malformed \a stored never matches.
 */
bool verifyPin(const QString &pin, const QString &stored);

} // namespace wattelier
