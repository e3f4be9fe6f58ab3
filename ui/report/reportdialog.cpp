// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportdialog.h"

#include "core/workshop.h"
#include "energy/workshopcurves.h"
#include "energy/workshoptariff.h"
#include "inventory/catalogue.h"
#include "inventory/household.h"
#include "inventory/householdstore.h"
#include "languagesetting.h"
#include "report/reportdocument.h"
#include "reportoutput.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

namespace wattelier::ui {
namespace {

constexpr qint64 everyHouseholdId = -1;

} // namespace

ReportDialog::ReportDialog(Workshop &workshop, ReportKind kind, QWidget *parent)
    : QDialog(parent)
    , mWorkshop(workshop)
    , mKind(new QComboBox(this))
    , mHouseholdLabel(new QLabel(tr("&Household:"), this))
    , mHousehold(new QComboBox(this))
    , mLanguage(new QComboBox(this))
    , mPage(new QComboBox(this))
    , mNames(new QCheckBox(tr("Show households' &names"), this))
    , mSummaryBox(new QGroupBox(tr("Meeting summary"), this))
    , mMeetingDate(new QDateEdit(this))
    , mPeriod(new QComboBox(this))
    , mPeriodDate(new QDateEdit(this))
    , mNotes(new QPlainTextEdit(this))
    , mSaveTimer(new QTimer(this))
    , mPreview(new QPushButton(tr("Pre&view…"), this))
    , mPrint(new QPushButton(tr("&Print…"), this))
    , mExport(new QPushButton(tr("&Export PDF…"), this))
{
    setWindowTitle(tr("Print and export"));
    buildForm();
    loadSettings();
    mKind->setCurrentIndex(mKind->findData(int(kind)));
    fillHouseholds();
    updateVisibility();
}

ReportDialog::~ReportDialog() = default;

void ReportDialog::buildForm()
{
    mKind->addItem(tr("Meeting summary"), int(ReportKind::Summary));
    mKind->addItem(tr("Household sheet"), int(ReportKind::HouseholdSheet));
    mKind->addItem(tr("Blank forms"), int(ReportKind::BlankForms));
    mKind->setToolTip(tr("The summary is for the whole group; a household sheet is for one "
                         "household only; the blank forms are filled in at home"));
    for (const LanguageChoice &choice : languageChoices())
        if (!choice.code.isEmpty())
            mLanguage->addItem(choice.nativeName, choice.code);
    mPage->addItem(tr("A4"), QStringLiteral("a4"));
    mPage->addItem(tr("Letter"), QStringLiteral("letter"));
    mNames->setToolTip(tr("Off: the group's figures only, households by pseudonym"));
    mHouseholdLabel->setBuddy(mHousehold);

    auto *form = new QFormLayout;
    auto *kindLabel = new QLabel(tr("&Document:"), this);
    kindLabel->setBuddy(mKind);
    form->addRow(kindLabel, mKind);
    form->addRow(mHouseholdLabel, mHousehold);
    auto *languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(mLanguage);
    form->addRow(languageLabel, mLanguage);
    auto *pageLabel = new QLabel(tr("Pape&r:"), this);
    pageLabel->setBuddy(mPage);
    form->addRow(pageLabel, mPage);
    form->addRow(QString(), mNames);

    auto *summary = new QFormLayout(mSummaryBox);
    mMeetingDate->setCalendarPopup(true);
    mMeetingDate->setDisplayFormat(QLocale().dateFormat(QLocale::LongFormat));
    auto *dateLabel = new QLabel(tr("&Meeting date:"), mSummaryBox);
    dateLabel->setBuddy(mMeetingDate);
    summary->addRow(dateLabel, mMeetingDate);
    auto *sections = new QGridLayout;
    const QList<ReportSection> all = allReportSections();
    for (int i = 0; i < all.size(); ++i) {
        auto *box = new QCheckBox(label(all.at(i)), mSummaryBox);
        sections->addWidget(box, i % 4, i / 4);
        mSections.append({all.at(i), box});
        connect(box, &QCheckBox::toggled, this, &ReportDialog::saveSettings);
    }
    auto *sectionsLabel = new QLabel(tr("Sections:"), mSummaryBox);
    summary->addRow(sectionsLabel, sections);
    mPeriod->addItem(tr("Day"), int(PeriodKind::Day));
    mPeriod->addItem(tr("Week"), int(PeriodKind::Week));
    mPeriod->addItem(tr("Month"), int(PeriodKind::Month));
    mPeriod->addItem(tr("Year"), int(PeriodKind::Year));
    mPeriodDate->setCalendarPopup(true);
    mPeriodDate->setDisplayFormat(QLocale().dateFormat(QLocale::LongFormat));
    mPeriodDate->setAccessibleName(tr("A day in the period"));
    auto *periodRow = new QHBoxLayout;
    periodRow->addWidget(mPeriod);
    periodRow->addWidget(mPeriodDate, 1);
    auto *periodLabel = new QLabel(tr("Production and &consumption:"), mSummaryBox);
    periodLabel->setBuddy(mPeriod);
    summary->addRow(periodLabel, periodRow);
    mNotes->setPlaceholderText(tr("Decisions, the next meeting, who brings what…"));
    mNotes->setTabChangesFocus(true);
    mNotes->setMinimumHeight(fontMetrics().lineSpacing() * 5);
    auto *notesLabel = new QLabel(tr("N&otes:"), mSummaryBox);
    notesLabel->setBuddy(mNotes);
    summary->addRow(notesLabel, mNotes);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(mPreview, QDialogButtonBox::ActionRole);
    buttons->addButton(mPrint, QDialogButtonBox::ActionRole);
    buttons->addButton(mExport, QDialogButtonBox::ActionRole);
    mExport->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(mSummaryBox, 1);
    layout->addWidget(buttons);

    mSaveTimer->setSingleShot(true);
    mSaveTimer->setInterval(400);
    connect(mSaveTimer, &QTimer::timeout, this, &ReportDialog::saveSettings);
    connect(mNotes, &QPlainTextEdit::textChanged, mSaveTimer, qOverload<>(&QTimer::start));
    connect(mKind, &QComboBox::currentIndexChanged, this, [this] {
        fillHouseholds();
        updateVisibility();
    });
    connect(mLanguage, &QComboBox::currentIndexChanged, this, &ReportDialog::saveSettings);
    connect(mMeetingDate, &QDateEdit::dateChanged, this, &ReportDialog::saveSettings);
    connect(mPeriod, &QComboBox::currentIndexChanged, this, &ReportDialog::saveSettings);
    connect(mPeriodDate, &QDateEdit::dateChanged, this, &ReportDialog::saveSettings);
    connect(mHousehold, &QComboBox::currentIndexChanged, this, &ReportDialog::updateVisibility);
    mNames->setChecked(mWorkshop.showNames());
    connect(mNames, &QCheckBox::toggled, this, &ReportDialog::namesToggled);
    connect(mPreview, &QPushButton::clicked, this, &ReportDialog::preview);
    connect(mPrint, &QPushButton::clicked, this, &ReportDialog::print);
    connect(mExport, &QPushButton::clicked, this, &ReportDialog::exportWithDialog);
}

void ReportDialog::fillHouseholds()
{
    const qint64 current = mHousehold->currentData().toLongLong();
    mHousehold->clear();
    if (kind() == ReportKind::HouseholdSheet)
        mHousehold->addItem(tr("Every household, one PDF each"), everyHouseholdId);
    else if (kind() == ReportKind::BlankForms)
        mHousehold->addItem(tr("None: the name left blank"), 0);
    for (const Household &h : mWorkshop.households().all()) {
        const QString shown = mNames->isChecked() && !h.name.isEmpty()
                                  ? tr("%1 (%2)").arg(pseudonym(h), h.name)
                                  : pseudonym(h);
        mHousehold->addItem(shown, h.id);
    }
    const int index = mHousehold->findData(current);
    mHousehold->setCurrentIndex(index >= 0 ? index : 0);
}

void ReportDialog::loadSettings()
{
    mLoading = true;
    mSettings = reportSettings(mWorkshop);
    for (const auto &[section, box] : mSections)
        box->setChecked(mSettings.has(section));
    mMeetingDate->setDate(mSettings.meetingDate.isValid() ? mSettings.meetingDate
                                                          : QDate::currentDate());
    mPeriod->setCurrentIndex(mPeriod->findData(int(mSettings.energyPeriod)));
    // Not chosen yet: midsummer of the year the curves page opens on.
    mPeriodDate->setDate(mSettings.energyDate.isValid()
                             ? mSettings.energyDate
                             : QDate(defaultCurveYear(mWorkshop), 6, 21));
    mNotes->setPlainText(mSettings.notes);
    QString language = mSettings.language;
    if (language.isEmpty()) // not chosen yet: the interface's
        language = languageCodeOf(interfaceLocale());
    const int index = mLanguage->findData(language);
    mLanguage->setCurrentIndex(index >= 0 ? index : 0);
    mLoading = false;
}

void ReportDialog::saveSettings()
{
    if (mLoading)
        return;
    mSaveTimer->stop();
    ReportSettings settings;
    settings.sections.clear();
    for (const auto &[section, box] : mSections)
        if (box->isChecked())
            settings.sections.append(section);
    settings.meetingDate = mMeetingDate->date();
    settings.energyPeriod = PeriodKind(mPeriod->currentData().toInt());
    settings.energyDate = mPeriodDate->date();
    settings.notes = mNotes->toPlainText();
    settings.language = language();
    if (settings == mSettings)
        return;
    if (saveReportSettings(mWorkshop, settings))
        mSettings = settings;
}

void ReportDialog::updateVisibility()
{
    const ReportKind current = kind();
    mSummaryBox->setVisible(current == ReportKind::Summary);
    mHousehold->setVisible(current != ReportKind::Summary);
    mHouseholdLabel->setVisible(current != ReportKind::Summary);
    // A batch goes to a folder: it can be exported, not previewed as one document.
    const bool batch = everyHousehold();
    mPreview->setEnabled(!batch);
    mPrint->setEnabled(!batch);
    mExport->setText(batch ? tr("&Export PDFs to a folder…") : tr("&Export PDF…"));
    if (batch)
        mPreview->setToolTip(tr("Choose one household to preview its sheet"));
    else
        mPreview->setToolTip(QString());
    adjustSize();
}

void ReportDialog::namesToggled(bool on)
{
    if (on) {
        const auto answer = QMessageBox::question(
            this, tr("Show households' names"),
            tr("The document will show households' names instead of their pseudonyms. Has every "
               "household agreed?"),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            const QSignalBlocker blocker(mNames);
            mNames->setChecked(false);
            return;
        }
    }
    mWorkshop.setShowNames(on); // the workshop's one names state (#19)
    fillHouseholds();
}

ReportKind ReportDialog::kind() const
{
    return ReportKind(mKind->currentData().toInt());
}

bool ReportDialog::everyHousehold() const
{
    return kind() == ReportKind::HouseholdSheet &&
           mHousehold->currentData().toLongLong() == everyHouseholdId;
}

QCheckBox *ReportDialog::sectionBox(ReportSection section) const
{
    for (const auto &[candidate, box] : mSections)
        if (candidate == section)
            return box;
    return nullptr;
}

QString ReportDialog::language() const
{
    return mLanguage->currentData().toString();
}

QPageSize ReportDialog::pageSize() const
{
    return pageSizeFromKey(mPage->currentData().toString()).value_or(QPageSize(QPageSize::A4));
}

ReportRequest ReportDialog::request() const
{
    ReportRequest request;
    request.kind = kind();
    request.settings = mSettings;
    request.showNames = mNames->isChecked();
    const qint64 household = mHousehold->currentData().toLongLong();
    request.householdId = kind() == ReportKind::Summary || household < 0 ? 0 : household;
    request.tariff = workshopTariff(mWorkshop);
    return request;
}

void ReportDialog::paintOn(QPrinter *printer)
{
    QString error;
    if (paintReport(mWorkshop, request(), language(), *printer, &error) == 0)
        showError(error);
}

void ReportDialog::preview()
{
    saveSettings();
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(pageSize());
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print preview"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, &ReportDialog::paintOn);
    dialog.resize(900, 1000);
    dialog.exec();
}

void ReportDialog::print()
{
    saveSettings();
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(pageSize());
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        paintOn(&printer);
}

bool ReportDialog::exportTo(const QString &path)
{
    saveSettings();
    QString error;
    int pages = 0;
    if (everyHousehold())
        pages =
            writeHouseholdSheets(mWorkshop, request(), language(), path, pageSize(), this, &error);
    else
        pages = writeReportPdfFile(mWorkshop, request(), language(), path, pageSize(), &error);
    if (!error.isEmpty() || pages == 0) {
        showError(error.isEmpty() ? tr("Nothing was written.") : error);
        return false;
    }
    emit exported(path, pages);
    return true;
}

void ReportDialog::exportWithDialog()
{
    const QString folder = QFileInfo(mWorkshop.filePath()).absolutePath();
    if (everyHousehold()) {
        const QString chosen =
            QFileDialog::getExistingDirectory(this, tr("Folder for the household sheets"), folder);
        if (!chosen.isEmpty())
            exportTo(chosen);
        return;
    }
    QString name = mKind->currentText();
    if (kind() != ReportKind::Summary && mHousehold->currentData().toLongLong() > 0)
        name = tr("%1 - %2").arg(name, mHousehold->currentText());
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export as PDF"), QDir(folder).filePath(name + QStringLiteral(".pdf")),
        tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        exportTo(path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)
                     ? path
                     : path + QStringLiteral(".pdf"));
}

void ReportDialog::showError(const QString &message)
{
    QMessageBox::warning(this, tr("Print and export"), message);
}

void ReportDialog::done(int result)
{
    saveSettings(); // the notes typed just before closing
    QDialog::done(result);
}

} // namespace wattelier::ui
