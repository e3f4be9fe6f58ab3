// SPDX-License-Identifier: GPL-3.0-or-later
#include "helpwindow.h"
#include "screenfit.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QHBoxLayout>
#include <QImage>
#include <QListWidget>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFragment>
#include <QUrl>

namespace wattelier::ui {
namespace {

// Screenshots are 1366 pixels wide: shown smaller, still readable.
constexpr int imageWidth = 720;

} // namespace

HelpWindow::HelpWindow(const QString &languageCode, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , mContents(new QListWidget(this))
    , mBrowser(new QTextBrowser(this))
{
    setWindowTitle(tr("Wattelier user guide"));
    setAttribute(Qt::WA_DeleteOnClose);
    mContents->setAccessibleName(tr("Sections of the guide"));
    mBrowser->setAccessibleName(tr("User guide"));
    mBrowser->setOpenExternalLinks(true);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(mContents);
    splitter->addWidget(mBrowser);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    mBrowser->setSource(QUrl(QStringLiteral("qrc") + guidePath(languageCode)),
                        QTextDocument::MarkdownResource);
    fitImages();
    fillContents();
    connect(mContents, &QListWidget::currentRowChanged, this, &HelpWindow::showSection);
    fitOnScreen(this, QSize(1100, 800));
}

QString HelpWindow::guidePath(const QString &languageCode)
{
    const QString path = QStringLiteral(":/help/guide-%1.md").arg(languageCode);
    return QFile::exists(path) ? path : QStringLiteral(":/help/guide-en.md");
}

void HelpWindow::fillContents()
{
    for (QTextBlock block = mBrowser->document()->begin(); block.isValid(); block = block.next())
        if (block.blockFormat().headingLevel() == 2) {
            auto *item = new QListWidgetItem(block.text(), mContents);
            item->setData(Qt::UserRole, block.position());
        }
}

void HelpWindow::fitImages()
{
    QTextDocument *document = mBrowser->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isImageFormat())
                continue;
            QTextImageFormat format = fragment.charFormat().toImageFormat();
            // The browser resolves the name against the guide's own location.
            const QVariant data =
                mBrowser->loadResource(QTextDocument::ImageResource, QUrl(format.name()));
            const QImage image = data.typeId() == QMetaType::QByteArray
                                     ? QImage::fromData(data.toByteArray())
                                     : data.value<QImage>();
            if (image.isNull() || image.width() <= imageWidth)
                continue;
            format.setWidth(imageWidth);
            format.setHeight(double(imageWidth) * image.height() / image.width());
            QTextCursor cursor(document);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(format);
        }
}

void HelpWindow::showSection(int row)
{
    const QListWidgetItem *item = mContents->item(row);
    if (!item)
        return;
    const QTextBlock block = mBrowser->document()->findBlock(item->data(Qt::UserRole).toInt());
    const QRectF rect = mBrowser->document()->documentLayout()->blockBoundingRect(block);
    mBrowser->verticalScrollBar()->setValue(int(rect.top()));
}

} // namespace wattelier::ui
