// SPDX-License-Identifier: GPL-3.0-or-later
#include "importdialog.h"

#include "core/units.h"
#include "core/workshop.h"
#include "inventory/household.h"
#include "inventory/householdstore.h"
#include "layoutform.h"
#include "screenfit.h"
#include "timeseries/genericlayout.h"
#include "timeseries/plausibility.h"
#include "timeseries/seriescommands.h"
#include "timeseries/seriesformat.h"
#include "timeseries/seriestablemodel.h"
#include "timeseries/sourcetext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QtConcurrent>
#include <QTimer>
#include <QTimeZone>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace wattelier::ui {
namespace {

QString settingsKey(const QString &signature)
{
    return QStringLiteral("import/layouts/") + signature;
}

// The first kilobytes as text: enough for the column names and a guess.
QByteArray headOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    ImportProblem problem;
    const auto text = decodeSource(file.read(64 * 1024), QFileInfo(path).fileName(), problem);
    return text ? text->utf8 : QByteArray();
}

QString localTime(qint64 utc)
{
    return QLocale().toString(
        QDateTime::fromSecsSinceEpoch(utc, QTimeZone(QByteArrayLiteral("Europe/Brussels"))),
        QLocale::ShortFormat);
}

} // namespace

ImportDialog::ImportDialog(Workshop &workshop, QWidget *parent)
    : QDialog(parent)
    , mWorkshop(workshop)
    , mFileEdit(new QLineEdit(this))
    , mFormat(new QComboBox(this))
    , mLayoutBox(new QGroupBox(tr("How to read this table"), this))
    , mLayoutForm(new LayoutForm(mLayoutBox))
    , mStatus(new QLabel(this))
    , mProgress(new QProgressBar(this))
    , mCancelReading(new QPushButton(tr("Stop reading"), this))
    , mShowProgress(new QTimer(this))
    , mRereadTimer(new QTimer(this))
    , mPreview(new QTreeWidget(this))
    , mWarnings(new QPlainTextEdit(this))
    , mOwner(new QComboBox(this))
    , mPrefix(new QLineEdit(this))
    , mButtons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Import data"));
    setAcceptDrops(true);

    mFileEdit->setReadOnly(true);
    mFileEdit->setPlaceholderText(tr("Drop a file here, or choose one"));
    mFileEdit->setAccessibleName(tr("Data file"));
    auto *choose = new QPushButton(tr("&Choose…"), this);
    connect(choose, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(mFileEdit, 1);
    fileRow->addWidget(choose);

    mFormat->addItem(tr("Recognise automatically"), QString());
    for (const auto &format : knownFormats())
        mFormat->addItem(format.title(), format.name());
    connect(mFormat, &QComboBox::currentIndexChanged, this, [this] {
        mLayoutBox->setVisible(mFormat->currentData().toString() == QLatin1String("generic"));
        if (mLayoutBox->isVisible())
            showLayoutForm();
        startReading();
    });

    auto *layoutBoxLayout = new QVBoxLayout(mLayoutBox);
    layoutBoxLayout->addWidget(mLayoutForm);
    mLayoutBox->setVisible(false);
    // Re-read a moment after the last change, not at every keystroke.
    mRereadTimer->setSingleShot(true);
    mRereadTimer->setInterval(400);
    connect(mRereadTimer, &QTimer::timeout, this, &ImportDialog::startReading);
    connect(mLayoutForm, &LayoutForm::changed, mRereadTimer, qOverload<>(&QTimer::start));

    mProgress->setRange(0, 1000);
    mProgress->setVisible(false);
    mCancelReading->setVisible(false);
    connect(mCancelReading, &QPushButton::clicked, this, &ImportDialog::cancelReading);
    // A bar that flashes for a quick file helps no one: it shows after half a second.
    mShowProgress->setSingleShot(true);
    mShowProgress->setInterval(500);
    connect(mShowProgress, &QTimer::timeout, this, [this] {
        mProgress->setVisible(true);
        mCancelReading->setVisible(true);
    });
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(mProgress, 1);
    progressRow->addWidget(mCancelReading);

    mStatus->setWordWrap(true);
    mStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    mPreview->setRootIsDecorated(false);
    mPreview->setHeaderLabels({tr("Series"), tr("Kind"), tr("Interval"), tr("From"), tr("Until"),
                               tr("Values"), tr("Gaps"), tr("Total")});
    mPreview->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    mPreview->setAccessibleName(tr("Series found in the file"));
    mWarnings->setReadOnly(true);
    mWarnings->setMaximumHeight(90);
    mWarnings->setAccessibleName(tr("Remarks on the file"));
    mWarnings->setVisible(false);

    mOwner->addItem(tr("The group (shared installation, cabin meter)"), qint64(0));
    for (const Household &h : workshop.households().all())
        mOwner->addItem(pseudonym(h), h.id);
    mPrefix->setPlaceholderText(tr("e.g. “PV roof” or “Cabin”"));
    auto *target = new QFormLayout;
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(choose); // Alt+F chooses a file
    target->addRow(fileLabel, fileRow);
    target->addRow(tr("F&ormat:"), mFormat);

    auto *destination = new QFormLayout;
    destination->addRow(tr("&Belongs to:"), mOwner);
    destination->addRow(tr("&Name starts with:"), mPrefix);

    mImportButton = mButtons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    mImportButton->setEnabled(false);
    connect(mButtons, &QDialogButtonBox::accepted, this, &ImportDialog::accept);
    connect(mButtons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);

    // Everything but the buttons scrolls: on a 768-pixel screen with the
    // table's reading options open, Import and Cancel stay in view (#20).
    auto *body = new QWidget(this);
    auto *bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addLayout(target);
    bodyLayout->addWidget(mLayoutBox);
    bodyLayout->addLayout(progressRow);
    bodyLayout->addWidget(mStatus);
    bodyLayout->addWidget(mPreview, 1);
    bodyLayout->addWidget(mWarnings);
    bodyLayout->addLayout(destination);
    mPreview->setMinimumHeight(fontMetrics().height() * 5);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(body);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(mButtons);
    fitOnScreen(this, QSize(880, 600));

    connect(&mWatcher, &QFutureWatcher<ParseResult>::finished, this, &ImportDialog::readingDone);
    mStatus->setText(tr("Smart-meter quarter hours (Fluvius), inverter exports (SMA, Enphase, "
                        "SolarEdge), Flukso, Home Assistant, Shelly, or any table with dates "
                        "and numbers."));
}

ImportDialog::~ImportDialog()
{
    mCancel = true;
    mWatcher.waitForFinished();
}

bool ImportDialog::isReading() const
{
    // Until readingDone() has run: the worker may have finished while its
    // "finished" notification is still queued.
    return mAwaitingResult;
}

void ImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import data"), QFileInfo(mPath).absolutePath(),
        tr("Data files (*.csv *.tsv *.txt *.json *.gz);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void ImportDialog::setFile(const QString &path)
{
    mPath = path;
    mHead = headOf(path);
    mFileEdit->setText(QDir::toNativeSeparators(path));
    mPrefix->clear();
    // A new file starts from automatic recognition, whatever the last one needed (#20).
    {
        QSignalBlocker block(mFormat);
        mFormat->setCurrentIndex(0);
    }
    mLayoutBox->setVisible(false);
    // A layout chosen before for files like this one is used again.
    const QByteArray &head = mHead;
    const QString remembered = QSettings().value(settingsKey(layoutSignature(head))).toString();
    const SeriesFormat *recognised = recogniseFormat(head);
    const bool generic = !recognised || recognised->name() == QLatin1String("generic");
    if (generic && !remembered.isEmpty()) {
        if (const auto layout =
                layoutFromJson(QJsonDocument::fromJson(remembered.toUtf8()).object())) {
            QSignalBlocker block(mFormat);
            mFormat->setCurrentIndex(mFormat->findData(QStringLiteral("generic")));
            mLayoutForm->setLayoutChoices(
                *layout, headerFields(head, layout->headerLine, layout->delimiter));
            mLayoutBox->setVisible(true);
        }
    }
    startReading();
}

ReadOptions ImportDialog::readOptions() const
{
    ReadOptions options;
    options.format = mFormat->currentData().toString();
    if (options.format == QLatin1String("generic") && mLayoutBox->isVisible())
        options.layout = mLayoutForm->layoutChoices();
    return options;
}

void ImportDialog::startReading()
{
    if (mPath.isEmpty())
        return;
    if (mWatcher.isRunning()) {
        // Stop the current reading; this one starts when it has stopped.
        mRestartWhenDone = true;
        mCancel = true;
        return;
    }
    mCancel = false;
    mAwaitingResult = true;
    mImportButton->setEnabled(false);
    mPreview->clear();
    mStatus->setText(tr("Reading %1…").arg(QFileInfo(mPath).fileName()));
    mProgress->setValue(0);
    mShowProgress->start();
    ParseContext context;
    context.cancel = &mCancel;
    QPointer<QProgressBar> bar = mProgress;
    context.progress = [bar](qint64 done, qint64 total) {
        const int value = total > 0 ? int(done * 1000 / total) : 0;
        QMetaObject::invokeMethod(
            bar,
            [bar, value] {
                if (bar)
                    bar->setValue(value);
            },
            Qt::QueuedConnection);
    };
    const QString path = mPath;
    const ReadOptions options = readOptions();
    mWatcher.setFuture(QtConcurrent::run(
        [path, options, context] { return readSeriesFile(path, options, context); }));
}

void ImportDialog::cancelReading()
{
    mRestartWhenDone = false;
    mCancel = true;
}

void ImportDialog::readingDone()
{
    mAwaitingResult = false;
    mShowProgress->stop();
    mProgress->setVisible(false);
    mCancelReading->setVisible(false);
    if (mRestartWhenDone) {
        mRestartWhenDone = false;
        startReading();
        return;
    }
    mResult = mWatcher.result();
    if (mResult.cancelled) {
        mStatus->setText(tr("Reading stopped: nothing will be imported."));
    } else if (mResult.problem) {
        mStatus->setText(tr("This file cannot be imported: %1").arg(mResult.problem->toString()));
        if (mResult.format == QLatin1String("generic") || !recogniseFormat(mHead))
            showLayoutForm();
    } else {
        const SeriesFormat *format = formatNamed(mResult.format);
        mStatus->setText(tr("Read as: %1").arg(format ? format->title() : mResult.format));
        if (mResult.format == QLatin1String("generic") && !mLayoutBox->isVisible())
            showLayoutForm();
        // A figure no street or roof can make is refused, with its likely cause (#18).
        if (const auto implausible =
                plausibilityProblem(mResult, boundsFor(false), QFileInfo(mPath).fileName())) {
            mResult.problem = implausible;
            mStatus->setText(
                tr("This file cannot be imported as read: %1").arg(implausible->toString()));
            if (mResult.format == QLatin1String("generic") || !recogniseFormat(mHead))
                showLayoutForm();
        }
    }
    showPreview();
    emit readingFinished();
}

void ImportDialog::showLayoutForm()
{
    if (mPath.isEmpty())
        return;
    const QByteArray &head = mHead;
    DelimitedLayout layout = guessLayout(head).value_or(DelimitedLayout{});
    if (mLayoutBox->isVisible())
        layout = mLayoutForm->layoutChoices();
    QStringList columns = headerFields(head, std::max(1, layout.headerLine), layout.delimiter);
    mLayoutForm->setLayoutChoices(layout, columns);
    QSignalBlocker block(mFormat);
    mFormat->setCurrentIndex(mFormat->findData(QStringLiteral("generic")));
    mLayoutBox->setVisible(true);
}

void ImportDialog::showPreview()
{
    mPreview->clear();
    for (const ParsedSeries &s : std::as_const(mResult.series)) {
        const SeriesStats stats = statsOf(s.data);
        auto *item = new QTreeWidgetItem(mPreview);
        item->setText(0, s.name);
        item->setText(1, label(s.kind));
        item->setText(2, SeriesTableModel::intervalText(s.data.intervalS));
        if (stats.firstUtc)
            item->setText(3, localTime(*stats.firstUtc));
        if (stats.lastUtc)
            item->setText(4, localTime(*stats.lastUtc + s.data.intervalS));
        item->setText(5, QLocale().toString(stats.values));
        item->setText(6, QLocale().toString(stats.missing));
        item->setText(7, units::kwh(stats.totalKwh, stats.totalKwh < 100 ? 1 : 0));
        for (int c = 5; c <= 7; ++c)
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
    }
    const QStringList &messages = mResult.warnings.messages;
    mWarnings->setPlainText(messages.join(QLatin1Char('\n')));
    mWarnings->setVisible(!messages.isEmpty());
    mImportButton->setEnabled(mResult.ok() && !mResult.series.isEmpty());
}

void ImportDialog::accept()
{
    if (!mResult.ok() || mResult.series.isEmpty() || isReading())
        return;
    ImportTarget target;
    target.householdId = mOwner->currentData().toLongLong();
    // A household's series has a household's bounds (100 kW mean power at most).
    if (const auto implausible = plausibilityProblem(mResult, boundsFor(target.householdId > 0),
                                                     QFileInfo(mPath).fileName())) {
        mStatus->setText(
            tr("This file cannot be imported for one household: %1").arg(implausible->toString()));
        return;
    }
    target.namePrefix = mPrefix->text();
    target.sourceFile = QFileInfo(mPath).fileName();
    if (!mWorkshop.push(new ImportSeriesCommand(mWorkshop, mResult, target))) {
        // The workshop reported the write failure; the file is unchanged.
        mStatus->setText(tr("Nothing was imported: the workshop file could not be written."));
        return;
    }
    const ReadOptions options = readOptions();
    if (options.layout)
        QSettings().setValue(
            settingsKey(layoutSignature(mHead)),
            QString::fromUtf8(
                QJsonDocument(layoutToJson(*options.layout)).toJson(QJsonDocument::Compact)));
    QDialog::accept();
}

void ImportDialog::reject()
{
    mCancel = true;
    QDialog::reject();
}

void ImportDialog::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void ImportDialog::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile()) {
        setFile(urls.first().toLocalFile());
        event->acceptProposedAction();
    }
}

} // namespace wattelier::ui
