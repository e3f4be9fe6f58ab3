// SPDX-License-Identifier: GPL-3.0-or-later
#include "categoryicons.h"

#include "core/palette.h"

#include <QHash>
#include <QList>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace wattelier::ui {
namespace {

// Everything is drawn in a 1 × 1 square: the painter is scaled to the size.
constexpr double stroke = 0.055;
const QColor ink(0x1F, 0x2A, 0x33);

void drawFridge(QPainter &p)
{
    p.drawRoundedRect(QRectF(0.28, 0.13, 0.44, 0.74), 0.06, 0.06);
    p.drawLine(QPointF(0.28, 0.38), QPointF(0.72, 0.38));
    p.drawLine(QPointF(0.37, 0.21), QPointF(0.37, 0.3));  // freezer handle
    p.drawLine(QPointF(0.37, 0.46), QPointF(0.37, 0.62)); // fridge handle
}

void drawWashingMachine(QPainter &p)
{
    p.drawRoundedRect(QRectF(0.2, 0.16, 0.6, 0.68), 0.05, 0.05);
    p.drawLine(QPointF(0.2, 0.32), QPointF(0.8, 0.32));
    p.drawEllipse(QPointF(0.5, 0.57), 0.17, 0.17);
    p.save();
    p.setBrush(ink);
    p.setPen(Qt::NoPen);
    p.drawEllipse(QPointF(0.3, 0.24), 0.03, 0.03); // a knob
    p.restore();
    QPainterPath water; // the water in the drum
    water.moveTo(0.39, 0.6);
    water.cubicTo(0.44, 0.55, 0.48, 0.65, 0.53, 0.6);
    water.cubicTo(0.57, 0.56, 0.6, 0.62, 0.62, 0.6);
    p.drawPath(water);
}

void drawPan(QPainter &p)
{
    QPainterPath body;
    body.moveTo(0.14, 0.46);
    body.lineTo(0.64, 0.46);
    body.lineTo(0.6, 0.76);
    body.quadTo(0.59, 0.8, 0.55, 0.8);
    body.lineTo(0.23, 0.8);
    body.quadTo(0.19, 0.8, 0.18, 0.76);
    body.closeSubpath();
    p.drawPath(body);
    p.drawLine(QPointF(0.64, 0.5), QPointF(0.88, 0.44)); // handle
    p.save();
    p.setBrush(Qt::NoBrush);
    for (const double x : {0.28, 0.39, 0.5}) { // steam
        QPainterPath steam;
        steam.moveTo(x, 0.38);
        steam.cubicTo(x - 0.05, 0.31, x + 0.05, 0.26, x, 0.18);
        p.drawPath(steam);
    }
    p.restore();
}

void drawBulb(QPainter &p)
{
    QPainterPath glass;
    glass.moveTo(0.42, 0.66);
    glass.cubicTo(0.42, 0.56, 0.3, 0.5, 0.3, 0.38);
    glass.arcTo(QRectF(0.3, 0.18, 0.4, 0.4), 180, -180);
    glass.cubicTo(0.7, 0.5, 0.58, 0.56, 0.58, 0.66);
    glass.closeSubpath();
    p.drawPath(glass);
    p.drawLine(QPointF(0.42, 0.74), QPointF(0.58, 0.74));
    p.drawLine(QPointF(0.44, 0.82), QPointF(0.56, 0.82));
    for (const double angle : {-150.0, -120.0, -90.0, -60.0, -30.0}) { // rays
        const double r = angle * M_PI / 180.0;
        p.drawLine(QPointF(0.5 + 0.27 * std::cos(r), 0.38 + 0.27 * std::sin(r)),
                   QPointF(0.5 + 0.36 * std::cos(r), 0.38 + 0.36 * std::sin(r)));
    }
}

void drawScreen(QPainter &p)
{
    p.drawRoundedRect(QRectF(0.14, 0.2, 0.72, 0.46), 0.04, 0.04);
    p.drawLine(QPointF(0.5, 0.66), QPointF(0.5, 0.78));
    p.drawLine(QPointF(0.34, 0.8), QPointF(0.66, 0.8));
}

void drawRadiator(QPainter &p)
{
    for (int i = 0; i < 4; ++i)
        p.drawRoundedRect(QRectF(0.2 + 0.155 * i, 0.4, 0.13, 0.42), 0.05, 0.05);
    p.save();
    p.setBrush(Qt::NoBrush);
    for (const double x : {0.33, 0.5, 0.67}) { // warmth rising
        QPainterPath heat;
        heat.moveTo(x, 0.32);
        heat.cubicTo(x - 0.05, 0.26, x + 0.05, 0.21, x, 0.14);
        p.drawPath(heat);
    }
    p.restore();
}

void drawFan(QPainter &p)
{
    const QPointF centre(0.5, 0.42);
    p.drawLine(QPointF(0.5, 0.7), QPointF(0.5, 0.84)); // stand
    p.drawLine(QPointF(0.34, 0.85), QPointF(0.66, 0.85));
    p.drawEllipse(centre, 0.29, 0.29); // the guard
    p.save();
    p.setBrush(ink);
    for (int blade = 0; blade < 3; ++blade) {
        p.save();
        p.translate(centre);
        p.rotate(30.0 + 120.0 * blade);
        QPainterPath path;
        path.moveTo(0, 0);
        path.cubicTo(0.05, -0.1, 0.18, -0.16, 0.2, -0.06);
        path.cubicTo(0.21, 0.0, 0.1, 0.02, 0, 0);
        p.drawPath(path);
        p.restore();
    }
    p.restore();
}

void drawBike(QPainter &p)
{
    p.save();
    p.setBrush(Qt::NoBrush);
    p.drawEllipse(QPointF(0.26, 0.64), 0.15, 0.15);
    p.drawEllipse(QPointF(0.74, 0.64), 0.15, 0.15);
    QPainterPath frame;
    frame.moveTo(0.26, 0.64);
    frame.lineTo(0.42, 0.4);
    frame.lineTo(0.66, 0.4);
    frame.lineTo(0.5, 0.64);
    frame.closeSubpath();
    frame.moveTo(0.66, 0.4);
    frame.lineTo(0.74, 0.64);
    frame.moveTo(0.42, 0.4);
    frame.lineTo(0.39, 0.32); // seat post
    frame.moveTo(0.33, 0.31);
    frame.lineTo(0.45, 0.31); // seat
    frame.moveTo(0.66, 0.4);
    frame.lineTo(0.63, 0.27);
    frame.lineTo(0.72, 0.25); // handlebar
    p.drawPath(frame);
    p.restore();
}

void drawPlug(QPainter &p)
{
    p.drawRoundedRect(QRectF(0.3, 0.3, 0.4, 0.3), 0.06, 0.06);
    p.drawLine(QPointF(0.41, 0.3), QPointF(0.41, 0.14));
    p.drawLine(QPointF(0.59, 0.3), QPointF(0.59, 0.14));
    p.save();
    p.setBrush(Qt::NoBrush);
    QPainterPath cable;
    cable.moveTo(0.5, 0.6);
    cable.cubicTo(0.5, 0.78, 0.3, 0.72, 0.3, 0.88);
    p.drawPath(cable);
    p.restore();
}

} // namespace

QImage renderCategoryIcon(Category category, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(size, size);
    // A light tile of the category's colour, so the same category looks the
    // same here as in the charts, with a dark pictogram readable on it.
    const QColor colour = colourOf(category);
    QColor tile = colour;
    tile.setAlphaF(0.28);
    p.setPen(QPen(colour, 0.03));
    p.setBrush(tile);
    p.drawRoundedRect(QRectF(0.03, 0.03, 0.94, 0.94), 0.16, 0.16);
    p.setPen(QPen(ink, stroke, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(Qt::white);
    using Drawing = void (*)(QPainter &);
    static constexpr std::pair<Category, Drawing> drawings[] = {
        {Category::Cold, drawFridge},      {Category::Washing, drawWashingMachine},
        {Category::Cooking, drawPan},      {Category::Lighting, drawBulb},
        {Category::ItScreens, drawScreen}, {Category::HeatingHotWater, drawRadiator},
        {Category::Ventilation, drawFan},  {Category::Mobility, drawBike},
        {Category::Other, drawPlug},
    };
    for (const auto &[drawn, draw] : drawings) {
        if (drawn == category)
            draw(p);
    }
    return image;
}

QIcon categoryIcon(Category category)
{
    // The drawings are kept (lists ask for the icon of every row); images, not
    // pixmaps, so that nothing outlives the application's graphics system.
    static QHash<int, QList<QImage>> drawn;
    QList<QImage> &images = drawn[int(category)];
    if (images.isEmpty()) {
        for (const int size : {16, 24, 32, 48, 64, 96})
            images.append(renderCategoryIcon(category, size));
    }
    QIcon icon;
    for (const QImage &image : std::as_const(images))
        icon.addPixmap(QPixmap::fromImage(image));
    return icon;
}

} // namespace wattelier::ui
