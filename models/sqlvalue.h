#pragma once

#include <QString>
#include <QVariant>

namespace wattelier {

/*!
 * Qt SQL binds a null QString as SQL NULL; text columns are NOT NULL, so
 * absent text is stored as an empty string.
 */
inline QVariant sqlText(const QString &text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

/*! The same for a generic value: null strings become empty, other values pass. */
inline QVariant sqlValue(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString)
        return sqlText(value.toString());
    return value;
}

} // namespace wattelier
