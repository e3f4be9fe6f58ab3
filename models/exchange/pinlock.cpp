// SPDX-License-Identifier: GPL-3.0-or-later
#include "pinlock.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QStringList>

namespace wattelier {
namespace {
const QString scheme = QStringLiteral("sha256i");
constexpr int saltBytes = 16;
// A stored round count above this is refused: a tampered settings file must
// not make the window hang for minutes when the PIN is checked.
constexpr int maxRounds = 1000000;

QByteArray derive(const QString &pin, const QByteArray &salt, int rounds)
{
    const QByteArray secret = pin.toUtf8();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(salt);
    hash.addData(secret);
    QByteArray digest = hash.result();
    // Each round mixes the salt and the PIN in again, so that no round can be
    // skipped by starting from a precomputed digest.
    for (int round = 1; round < rounds; ++round) {
        hash.reset();
        hash.addData(digest);
        hash.addData(salt);
        hash.addData(secret);
        digest = hash.result();
    }
    return digest;
}

/*! Compares every byte whatever the first difference, so timing tells nothing. */
bool equalInConstantTime(const QByteArray &a, const QByteArray &b)
{
    const qsizetype length = qMax(a.size(), b.size());
    unsigned difference = a.size() == b.size() ? 0u : 1u;
    for (qsizetype i = 0; i < length; ++i) {
        const auto x = i < a.size() ? quint8(a.at(i)) : quint8(0);
        const auto y = i < b.size() ? quint8(b.at(i)) : quint8(0);
        difference |= unsigned(x ^ y);
    }
    return difference == 0;
}
} // namespace

bool isAcceptablePin(const QString &pin)
{
    if (pin.size() < 4 || pin.size() > 8)
        return false;
    for (const QChar c : pin) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

QString hashPin(const QString &pin)
{
    QByteArray salt(saltBytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()),
                                          saltBytes / int(sizeof(quint32)));
    return hashPin(pin, salt, pinHashRounds);
}

QString hashPin(const QString &pin, const QByteArray &salt, int rounds)
{
    rounds = qBound(1, rounds, maxRounds);
    return QStringList{scheme, QString::number(rounds), QString::fromLatin1(salt.toHex()),
                       QString::fromLatin1(derive(pin, salt, rounds).toHex())}
        .join(QLatin1Char('$'));
}

bool verifyPin(const QString &pin, const QString &stored)
{
    const QStringList parts = stored.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts.at(0) != scheme)
        return false;
    bool ok = false;
    const int rounds = parts.at(1).toInt(&ok);
    if (!ok || rounds < 1 || rounds > maxRounds)
        return false;
    const QByteArray salt = QByteArray::fromHex(parts.at(2).toLatin1());
    const QByteArray expected = QByteArray::fromHex(parts.at(3).toLatin1());
    if (salt.isEmpty() || expected.size() != 32)
        return false;
    return equalInConstantTime(derive(pin, salt, rounds), expected);
}

} // namespace wattelier
