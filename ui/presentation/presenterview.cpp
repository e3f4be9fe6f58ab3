// SPDX-License-Identifier: GPL-3.0-or-later
#include "presenterview.h"

#include "core/workshop.h"
#include "energy/balancechart.h"
#include "presentation.h"
#include "presentationwindow.h"
#include "slideview.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QTime>
#include <QTimer>
#include <QVBoxLayout>

namespace wattelier::ui {

PresenterView::PresenterView(Workshop &workshop, Presentation &presentation,
                             PresentationWindow &wall, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , mWorkshop(workshop)
    , mPresentation(presentation)
    , mWall(wall)
    , mCurrent(new SlideView(this))
    , mNext(new SlideView(this))
    , mPosition(new QLabel(this))
    , mNotes(new QLabel(this))
    , mClock(new QLabel(this))
    , mNames(new QCheckBox(tr("Show households' &names"), this))
    , mScreen(new QComboBox(this))
    , mClockTimer(new QTimer(this))
{
    setWindowTitle(tr("Presenter view — %1").arg(mWorkshop.name()));
    mCurrent->setMinimumSize(480, 270);
    mNext->setMinimumSize(240, 135);
    mCurrent->setAccessibleName(tr("On the wall"));
    mNext->setAccessibleName(tr("Next slide"));
    mNotes->setWordWrap(true);
    mNotes->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    mNotes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont large = mClock->font();
    large.setPointSizeF(large.pointSizeF() * 2);
    mClock->setFont(large);
    mPosition->setFont(large);
    mNames->setToolTip(tr("Off by default: the wall then shows the group, never one household. "
                          "Turning it on asks first and shows a band on the wall."));

    for (int i = 0; i < QGuiApplication::screens().size(); ++i)
        mScreen->addItem(screenLabel(i), i);
    mScreen->setAccessibleName(tr("Projection screen"));

    auto *previous = new QPushButton(tr("&Previous"), this);
    auto *next = new QPushButton(tr("&Next"), this);
    auto *black = new QPushButton(tr("&Black screen"), this);
    black->setCheckable(true);
    auto *exportButton = new QPushButton(tr("&Export images…"), this);
    auto *end = new QPushButton(tr("&End"), this);
    connect(previous, &QPushButton::clicked, &mPresentation, &Presentation::previous);
    connect(next, &QPushButton::clicked, &mPresentation, &Presentation::next);
    connect(black, &QPushButton::toggled, &mPresentation, &Presentation::setBlack);
    connect(&mPresentation, &Presentation::changed, black,
            [this, black] { black->setChecked(mPresentation.isBlack()); });
    connect(exportButton, &QPushButton::clicked, this, &PresenterView::chooseExportFolder);
    connect(end, &QPushButton::clicked, &mPresentation, &Presentation::finished);
    connect(mNames, &QCheckBox::clicked, this, [this](bool on) {
        if (on)
            mNames->setChecked(askToShowNames());
        else
            mPresentation.setNamesShown(false);
    });
    connect(mScreen, &QComboBox::activated, this,
            [this](int index) { mWall.showOnScreen(mScreen->itemData(index).toInt()); });

    auto *side = new QVBoxLayout;
    side->addWidget(new QLabel(tr("Next:"), this));
    side->addWidget(mNext);
    side->addWidget(new QLabel(tr("Notes:"), this));
    side->addWidget(mNotes, 1);
    side->addWidget(mClock);
    auto *top = new QHBoxLayout;
    auto *onWall = new QVBoxLayout;
    onWall->addWidget(mPosition);
    onWall->addWidget(mCurrent, 1);
    top->addLayout(onWall, 3);
    top->addLayout(side, 1);
    auto *controls = new QHBoxLayout;
    for (QWidget *w : std::initializer_list<QWidget *>{previous, next, black, mNames})
        controls->addWidget(w);
    controls->addStretch();
    controls->addWidget(new QLabel(tr("Wall:"), this));
    controls->addWidget(mScreen);
    controls->addWidget(exportButton);
    controls->addWidget(end);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addLayout(controls);

    connect(mClockTimer, &QTimer::timeout, this, [this] {
        mClock->setText(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat));
    });
    mClockTimer->start(1000);
    mClock->setText(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat));
    connect(&mPresentation, &Presentation::changed, this, &PresenterView::refresh);
    refresh();
}

QString PresenterView::screenLabel(int index)
{
    const QScreen *screen = QGuiApplication::screens().value(index);
    if (!screen)
        return {};
    return tr("Screen %1: %2 (%3 × %4)")
        .arg(index + 1)
        .arg(screen->name())
        .arg(screen->size().width())
        .arg(screen->size().height());
}

bool PresenterView::askToShowNames()
{
    const auto answer = QMessageBox::question(
        this, tr("Show households' names"),
        tr("The wall will show households' names and their own figures until you turn this "
           "off or the presentation ends. Has every household agreed?"),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    mPresentation.setNamesShown(answer == QMessageBox::Yes);
    return mPresentation.namesShown();
}

void PresenterView::refresh()
{
    const int count = mPresentation.count();
    const int current = mPresentation.current();
    mPosition->setText(count == 0 ? tr("No slides")
                       : mPresentation.isBlack()
                           ? tr("Slide %1 of %2 (black screen)").arg(current + 1).arg(count)
                           : tr("Slide %1 of %2").arg(current + 1).arg(count));
    if (count == 0)
        return;
    mCurrent->setContent(mPresentation.content(current));
    mCurrent->setNamesShown(mPresentation.namesShown());
    if (current + 1 < count) {
        mNext->setContent(mPresentation.content(current + 1));
        mNext->setNamesShown(mPresentation.namesShown());
    } else {
        SlideContent end;
        end.title = tr("End of the presentation");
        mNext->setContent(end);
    }
    mNotes->setText(mPresentation.slide(current).notes);
    mNames->setChecked(mPresentation.namesShown());
}

QStringList PresenterView::exportImages(const QString &folder)
{
    QStringList written;
    SlideView view;
    view.resize(1920, 1080);
    for (int i = 0; i < mPresentation.count(); ++i) {
        view.setContent(mPresentation.content(i));
        view.setNamesShown(mPresentation.namesShown());
        if (view.content().showsCurves)
            view.chart()->replot(QCustomPlot::rpImmediateRefresh);
        const QString path = QDir(folder).filePath(
            QStringLiteral("slide-%1.png").arg(i + 1, 2, 10, QLatin1Char('0')));
        if (view.grab().save(path))
            written.append(path);
    }
    return written;
}

void PresenterView::chooseExportFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Export the slides"));
    if (folder.isEmpty())
        return;
    const QStringList written = exportImages(folder);
    QMessageBox::information(this, tr("Export the slides"),
                             tr("%n slide(s) written to %1.", "", int(written.size()))
                                 .arg(QDir::toNativeSeparators(folder)));
}

void PresenterView::keyPressEvent(QKeyEvent *event)
{
    if (!mPresentation.handleKey(event))
        QWidget::keyPressEvent(event);
}

void PresenterView::closeEvent(QCloseEvent *event)
{
    emit mPresentation.finished();
    event->accept();
}

} // namespace wattelier::ui
