// SPDX-License-Identifier: GPL-3.0-or-later
#include "uid.h"

#include <QUuid>

namespace wattelier {

QString newUid()
{
    return QString::fromLatin1(QUuid::createUuid().toRfc4122().toHex());
}

QString uidOrNew(const QString &uid)
{
    return uid.isEmpty() ? newUid() : uid;
}

} // namespace wattelier
