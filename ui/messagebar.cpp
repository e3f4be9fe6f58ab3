// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagebar.h"

#include <QAccessible>
#include <QDesktopServices>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QUrl>

namespace wattelier::ui {

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , mIcon(new QLabel(this))
    , mText(new QLabel(this))
    , mOpenFolder(new QPushButton(tr("Open &folder"), this))
    , mClose(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    mText->setWordWrap(true);
    mText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    mText->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    mClose->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
    mClose->setAutoRaise(true);
    mClose->setToolTip(tr("Dismiss this message"));
    mClose->setAccessibleName(tr("Dismiss"));
    connect(mClose, &QToolButton::clicked, this, &MessageBar::dismiss);
    connect(mOpenFolder, &QPushButton::clicked, this, &MessageBar::openFolder);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(mIcon, 0, Qt::AlignTop);
    layout->addWidget(mText, 1);
    layout->addWidget(mOpenFolder, 0, Qt::AlignVCenter);
    layout->addWidget(mClose, 0, Qt::AlignTop);
    hide();
}

QString MessageBar::text() const
{
    return isHidden() ? QString() : mText->text();
}

void MessageBar::showProblem(const QString &text)
{
    show(Kind::Problem, text, {});
}

void MessageBar::showDone(const QString &text, const QString &path)
{
    show(Kind::Done, text, path);
}

void MessageBar::dismiss()
{
    hide();
    mPath.clear();
}

void MessageBar::show(Kind kind, const QString &text, const QString &path)
{
    mKind = kind;
    mPath = path;
    const bool problem = kind == Kind::Problem;
    // Colours of the palette's own family, so dark themes and high contrast hold.
    QPalette colours = palette();
    const QColor tint = problem ? QColor(0xf6, 0xd8, 0xcf) : QColor(0xd7, 0xec, 0xd9);
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    colours.setColor(QPalette::Window, dark ? tint.darker(350) : tint);
    setPalette(colours);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    mIcon->setPixmap(style()
                         ->standardIcon(problem ? QStyle::SP_MessageBoxWarning
                                                : QStyle::SP_MessageBoxInformation)
                         .pixmap(size, size));
    mText->setText(text);
    mOpenFolder->setVisible(!path.isEmpty());
    setAccessibleDescription(text);
    QWidget::show();
    // Screen readers hear it too: the message replaces nothing they were reading.
    QAccessibleEvent event(mText, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
}

void MessageBar::openFolder() const
{
    if (mPath.isEmpty())
        return;
    const QFileInfo info(mPath);
    const QString folder = info.isDir() ? info.absoluteFilePath() : info.absolutePath();
    QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
}

} // namespace wattelier::ui
