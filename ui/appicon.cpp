// SPDX-License-Identifier: GPL-3.0-or-later
#include "appicon.h"

#include <QPainter>
#include <QPainterPath>

namespace wattelier::ui {

QImage renderAppIcon(int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    const double s = size;

    // A house (the neighbourhood) in deep blue with a sun-yellow lightning bolt.
    QPainterPath house;
    house.moveTo(0.5 * s, 0.08 * s);
    house.lineTo(0.94 * s, 0.46 * s);
    house.lineTo(0.82 * s, 0.46 * s);
    house.lineTo(0.82 * s, 0.92 * s);
    house.lineTo(0.18 * s, 0.92 * s);
    house.lineTo(0.18 * s, 0.46 * s);
    house.lineTo(0.06 * s, 0.46 * s);
    house.closeSubpath();
    painter.setPen(QPen(QColor(0x0B, 0x3C, 0x5D), qMax(1.0, 0.03 * s), Qt::SolidLine, Qt::RoundCap,
                        Qt::RoundJoin));
    painter.setBrush(QColor(0x00, 0x72, 0xB2));
    painter.drawPath(house);

    QPainterPath bolt;
    bolt.moveTo(0.56 * s, 0.34 * s);
    bolt.lineTo(0.36 * s, 0.64 * s);
    bolt.lineTo(0.49 * s, 0.64 * s);
    bolt.lineTo(0.43 * s, 0.86 * s);
    bolt.lineTo(0.66 * s, 0.55 * s);
    bolt.lineTo(0.53 * s, 0.55 * s);
    bolt.closeSubpath();
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0xF0, 0xE4, 0x42));
    painter.drawPath(bolt);
    return image;
}

QIcon appIcon()
{
    QIcon icon;
    for (const int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addPixmap(QPixmap::fromImage(renderAppIcon(size)));
    return icon;
}

} // namespace wattelier::ui
