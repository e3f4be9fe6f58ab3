// SPDX-License-Identifier: GPL-3.0-or-later
#include "challengepage.h"

#include "challenge/challengeeditor.h"
#include "challenge/challengegridmodel.h"
#include "challenge/challengereport.h"
#include "challenge/challengespread.h"
#include "challenge/challengestore.h"
#include "challengedialog.h"
#include "changespreadchart.h"
#include "core/chartstyle.h"
#include "core/palette.h"
#include "core/units.h"
#include "core/workshop.h"
#include "householdcharts.h"
#include "inventory/householdstore.h"
#include "numberinput.h"
#include "spreadsheetview.h"

#include "chartlook.h"

#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLineEdit>
#include <QLineSeries>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTabWidget>
#include <QValueAxis>
#include <QVBoxLayout>

#include <cmath>

namespace wattelier::ui {
namespace {

QString percentText(const std::optional<double> &value)
{
    if (!value)
        return QString();
    // A real minus sign, as in the goal: "−12 %", "+3 %".
    const QString sign = *value > 0.5    ? QStringLiteral("+")
                         : *value < -0.5 ? QStringLiteral("−")
                                         : QString();
    return sign + QLocale().toString(std::abs(*value), 'f', 0) + QStringLiteral(" %");
}

} // namespace

ChallengePage::ChallengePage(Workshop &workshop, QWidget *parent)
    : WorkshopPane(parent)
    , mWorkshop(workshop)
    , mModel(new ChallengeGridModel(workshop, this))
    , mChallenges(new QComboBox(this))
    , mNew(new QPushButton(tr("&New challenge…"), this))
    , mSettings(new QPushButton(tr("&Settings…"), this))
    , mParticipant(new QPushButton(tr("&Household's baseline and meter…"), this))
    , mImport(new QPushButton(tr("&Import readings…"), this))
    , mShowNames(new QCheckBox(tr("Show household &names"), this))
    , mKeyFigure(new QLabel(this))
    , mHint(new QLabel(this))
    , mGrid(new SpreadsheetView(this))
    , mChart(new QChartView(new QChart, this))
    , mChanges(new QTableView(this))
    , mChangesModel(new QStandardItemModel(this))
    , mHouseholdCharts(new HouseholdCharts(this))
    , mSpread(new ChangeSpreadChart(this))
    , mDetails(new QTabWidget(this))
    , mFind(new QLineEdit(this))
{
    mKeyFigure->setWhatsThis(
        tr("The group's change in the latest week with readings: the electricity of the "
           "households counted that week, from their meter indexes, against the sum of their "
           "usual weeks (each household's baseline), in percent. A missing reading is spread "
           "over the weeks it spans and marked estimated."));
    auto *heading = new QLabel(tr("Energy challenge"), this);
    heading->setObjectName(QStringLiteral("panelHeading"));
    mChallenges->setAccessibleName(tr("Challenge"));
    mKeyFigure->setObjectName(QStringLiteral("keyFigure"));
    mKeyFigure->setWordWrap(true);
    mHint->setWordWrap(true);
    mHint->setText(tr("Type each week's meter index (Tab or Enter moves on), or paste rows copied "
                      "from a spreadsheet with Ctrl+V. An index lower than the previous one is "
                      "refused unless it is a new meter. Grey columns are the weeks before the "
                      "start; orange cells are weeks to check."));
    mShowNames->setToolTip(tr("Off by default: the group sees pseudonyms"));

    mGrid->setModel(mModel);
    mGrid->setSelectionMode(QAbstractItemView::ContiguousSelection);
    mGrid->setAccessibleName(tr("Meter readings, household by household and week by week"));
    mGrid->horizontalHeader()->setDefaultSectionSize(96);
    mChanges->setModel(mChangesModel);
    mChanges->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mChanges->setAccessibleName(tr("Change against each household's baseline"));
    mChanges->horizontalHeader()->setDefaultSectionSize(80);
    styleChart(mChart);
    mChart->setAccessibleName(tr("The group's weekly consumption against its baseline and goal"));
    mChart->setMinimumHeight(240);

    // Two rows of controls, so that the page fits a 1366-pixel laptop screen in
    // every language.
    mChallenges->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    mChallenges->setMinimumContentsLength(24);
    auto *top = new QHBoxLayout;
    top->addWidget(heading);
    top->addWidget(mChallenges, 1);
    top->addWidget(mNew);
    top->addWidget(mSettings);
    auto *secondRow = new QHBoxLayout;
    secondRow->addWidget(mParticipant);
    secondRow->addWidget(mImport);
    secondRow->addStretch();
    // With 194 households, finding one's row by scrolling is slow: type part of its name.
    mFind->setPlaceholderText(tr("Find a household"));
    mFind->setAccessibleName(tr("Find a household"));
    mFind->setClearButtonEnabled(true);
    mFind->setMinimumWidth(160);
    connect(mFind, &QLineEdit::textChanged, this, &ChallengePage::applyFind);
    secondRow->addWidget(mFind);
    secondRow->addWidget(mShowNames);
    auto *bottom = new QSplitter(Qt::Horizontal, this);
    bottom->addWidget(mChart);
    mDetails->addTab(mChanges, tr("Changes"));
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(mHouseholdCharts);
    scroll->setWidgetResizable(true);
    mDetails->addTab(scroll, tr("Household by household"));
    mDetails->addTab(mSpread, tr("Spread"));
    bottom->addWidget(mDetails);
    bottom->setSizes({700, 600});
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(mGrid);
    splitter->addWidget(bottom);
    splitter->setSizes({330, 300});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(top);
    layout->addLayout(secondRow);
    layout->addWidget(mKeyFigure);
    layout->addWidget(mHint);
    layout->addWidget(splitter, 1);

    connect(mChallenges, &QComboBox::currentIndexChanged, this,
            [this] { mModel->setChallengeId(currentChallengeId()); });
    connect(mNew, &QPushButton::clicked, this, &ChallengePage::newChallenge);
    connect(mSettings, &QPushButton::clicked, this, &ChallengePage::editChallenge);
    connect(mParticipant, &QPushButton::clicked, this, &ChallengePage::editParticipant);
    connect(mImport, &QPushButton::clicked, this, &ChallengePage::importReadings);
    mImport->setToolTip(tr("Meter readings from a spreadsheet saved as CSV: columns household, "
                           "date, register and index"));
    // The workshop's one names state (#19).
    mShowNames->setChecked(mWorkshop.showNames());
    mModel->setShowNames(mWorkshop.showNames());
    connect(mShowNames, &QCheckBox::toggled, &mWorkshop, &Workshop::setShowNames);
    connect(&mWorkshop, &Workshop::showNamesChanged, this, [this](bool show) {
        const QSignalBlocker blocker(mShowNames);
        mShowNames->setChecked(show);
        mModel->setShowNames(show);
        refresh();
    });
    connect(mModel, &ChallengeGridModel::contentsChanged, this, &ChallengePage::refresh);
    connect(mModel, &ChallengeGridModel::editRejected, this, &ChallengePage::problem);
    connect(mModel, &ChallengeGridModel::editWarning, this, &ChallengePage::problem);
    // "12.300" in a French grid: ask, then write the number meant (#20).
    connect(
        mModel, &ChallengeGridModel::ambiguousNumber, this,
        [this](const QModelIndex &index, const QString &text, double thousands, double decimal) {
            const QPersistentModelIndex where(index);
            if (const auto chosen = askWhichNumber(this, text, thousands, decimal);
                chosen && where.isValid())
                mModel->setData(where, *chosen, Qt::EditRole);
        });
    connect(mGrid, &SpreadsheetView::pasteRequested, this, &ChallengePage::paste);
    // A reading's own day, and a new meter, from the cell's context menu.
    auto *dateAction = new QAction(tr("Change the reading's &date…"), this);
    auto *meterAction = new QAction(tr("New &meter fitted here…"), this);
    dateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    dateAction->setShortcutContext(Qt::WidgetShortcut);
    connect(dateAction, &QAction::triggered, this, &ChallengePage::changeReadingDate);
    connect(meterAction, &QAction::triggered, this, &ChallengePage::markNewMeter);
    mGrid->addAction(dateAction);
    mGrid->addAction(meterAction);
    mGrid->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(mGrid, &SpreadsheetView::clearRequested, this, &ChallengePage::clear);
    connect(&workshop.challenges(), &ChallengeStore::changed, this, &ChallengePage::fillChallenges);
    fillChallenges();
}

ChallengePage::~ChallengePage()
{
    // A cell still being edited is written now, while the page can still hear
    // the answer, not as the grid goes with the page half destroyed.
    mGrid->finishEditing();
}

qint64 ChallengePage::currentChallengeId() const
{
    return mChallenges->currentData().toLongLong();
}

void ChallengePage::fillChallenges()
{
    const qint64 current = currentChallengeId();
    const QList<Challenge> challenges = mWorkshop.challenges().challenges();
    {
        const QSignalBlocker blocker(mChallenges);
        mChallenges->clear();
        for (const Challenge &c : challenges)
            mChallenges->addItem(
                tr("%1 (from %2, %n week(s))", nullptr, c.weeks).arg(c.name, units::date(c.start)),
                c.id);
        mChallenges->setCurrentIndex(qMax(0, mChallenges->findData(current)));
    }
    if (mModel->challengeId() != currentChallengeId())
        mModel->setChallengeId(currentChallengeId());
    const bool any = !challenges.isEmpty();
    mSettings->setEnabled(any);
    mParticipant->setEnabled(any);
    mGrid->setEnabled(any);
}

void ChallengePage::refresh()
{
    const qint64 id = currentChallengeId();
    if (id <= 0) {
        mKeyFigure->setText(tr("No challenge yet: start one with “New challenge…”."));
        mChangesModel->clear();
        mChart->chart()->removeAllSeries();
        return;
    }
    // The grid model built the report for this change already.
    const ChallengeReport &report = mModel->report();
    // The latest finished week with figures is what the group talks about.
    const GroupChallengeWeek *latest = nullptr;
    for (const GroupChallengeWeek &week : report.groupWeeks) {
        if (week.counts())
            latest = &week;
    }
    if (latest) {
        QString text = tr("Week of %1: the group used %2")
                           .arg(QLocale().toString(latest->figure.start, QStringLiteral("d MMMM")),
                                units::kwh(latest->figure.kwh));
        if (latest->changePercent)
            text += tr(", %1 against its baseline").arg(percentText(latest->changePercent));
        if (report.challenge.goalPercent)
            text +=
                tr(" (goal: −%1 %)").arg(QLocale().toString(*report.challenge.goalPercent, 'f', 0));
        if (latest->figure.estimated)
            text += tr(" — partly estimated");
        mKeyFigure->setText(text);
    } else {
        mKeyFigure->setText(tr("No week complete yet: type the first readings in the grid."));
    }
    // One report for the whole page: it reads every reading of the challenge.
    fillChart(report);
    fillChanges(report);
    mHouseholdCharts->setReport(report, mShowNames->isChecked());
    mSpread->setReport(report);
    // A large group first sees how its households are spread, not 194 rows.
    if (mDetailsChosenFor != id) {
        mDetailsChosenFor = id;
        mDetails->setCurrentWidget(report.households.size() > largestListedGroup
                                       ? static_cast<QWidget *>(mSpread)
                                       : mChanges);
    }
    applyFind();
}

void ChallengePage::fillChart(const ChallengeReport &report)
{
    QChart *chart = mChart->chart();
    clearChart(chart);
    auto *used = new QBarSet(tr("Group, kWh per week"));
    used->setColor(colourOf(Category::Washing));
    auto *baseline = new QLineSeries;
    baseline->setName(tr("Baseline"));
    baseline->setPen(QPen(chartstyle::reference(), 2, Qt::DashLine));
    auto *goal = new QLineSeries;
    goal->setName(tr("Goal"));
    goal->setPen(QPen(chartstyle::goal(), 2));
    QStringList weeks;
    double maximum = 0.0;
    for (int w = 0; w < report.groupWeeks.size(); ++w) {
        const GroupChallengeWeek &week = report.groupWeeks.at(w);
        weeks.append(tr("Week %1").arg(w + 1));
        used->append(week.counts() ? week.figure.kwh : 0.0);
        maximum = qMax(maximum, week.figure.kwh);
        if (week.baselineKwh) {
            baseline->append(w, *week.baselineKwh);
            maximum = qMax(maximum, *week.baselineKwh);
        }
        if (week.goalKwh)
            goal->append(w, *week.goalKwh);
    }
    auto *bars = new QBarSeries;
    bars->append(used);
    chart->addSeries(bars);
    chart->addSeries(baseline);
    if (goal->count() > 0)
        chart->addSeries(goal);
    else
        delete goal;
    auto *axisX = new QBarCategoryAxis;
    axisX->append(weeks);
    auto *axisY = new QValueAxis;
    axisY->setRange(0, maximum * 1.15 + 1);
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    axisY->setTitleText(tr("kWh"));
    axisY->applyNiceNumbers();
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    for (QAbstractSeries *series : chart->series()) {
        series->attachAxis(axisX);
        series->attachAxis(axisY);
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
}

void ChallengePage::fillChanges(const ChallengeReport &report)
{
    mChangesModel->clear();
    QStringList headers{tr("Baseline")};
    for (int w = 0; w < report.challenge.weeks; ++w)
        headers.append(tr("Week %1").arg(w + 1));
    mChangesModel->setHorizontalHeaderLabels(headers);
    // Households in pseudonym order, as everywhere: the table compares each
    // household with itself, never with the others.
    for (const HouseholdChallenge &h : report.households) {
        QList<QStandardItem *> row;
        row.append(new QStandardItem(h.baselineKwhPerWeek ? units::kwh(*h.baselineKwhPerWeek)
                                                          : QString()));
        for (const HouseholdWeek &week : h.weeks) {
            QString text = percentText(week.changePercent);
            if (week.figure.estimated && !text.isEmpty())
                text = QStringLiteral("≈ ") + text;
            auto *item = new QStandardItem(text);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (week.figure.kwh)
                item->setToolTip(tr("%1 this week%2")
                                     .arg(units::kwh(*week.figure.kwh),
                                          week.figure.estimated
                                              ? tr(" (estimated: a reading is missing)")
                                              : QString()));
            row.append(item);
        }
        mChangesModel->appendRow(row);
        mChangesModel->setVerticalHeaderItem(
            mChangesModel->rowCount() - 1,
            new QStandardItem(mShowNames->isChecked() ? h.name : h.pseudonym));
    }
    QList<QStandardItem *> group;
    group.append(new QStandardItem(
        report.groupBaselineKwhPerWeek ? units::kwh(*report.groupBaselineKwhPerWeek) : QString()));
    for (const GroupChallengeWeek &week : report.groupWeeks) {
        auto *item = new QStandardItem(percentText(week.changePercent));
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        QFont bold = item->font();
        bold.setBold(true);
        item->setFont(bold);
        group.append(item);
    }
    mChangesModel->appendRow(group);
    mChangesModel->setVerticalHeaderItem(mChangesModel->rowCount() - 1,
                                         new QStandardItem(tr("The group")));
}

void ChallengePage::newChallenge()
{
    Challenge blank;
    blank.name = tr("Energy challenge");
    // Next Monday: most groups read their meters at the start of the week.
    QDate start = QDate::currentDate();
    while (start.dayOfWeek() != Qt::Monday)
        start = start.addDays(1);
    blank.start = start;
    ChallengeDialog dialog(mWorkshop, blank, mShowNames->isChecked(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto id = ChallengeEditor(mWorkshop).createChallenge(
        dialog.challenge(), dialog.participants(), dialog.defaultBaseline());
    if (!id) {
        emit problem(id.error());
        return;
    }
    mChallenges->setCurrentIndex(mChallenges->findData(*id));
}

void ChallengePage::editChallenge()
{
    const auto challenge = mWorkshop.challenges().challenge(currentChallengeId());
    if (!challenge)
        return;
    ChallengeDialog dialog(mWorkshop, *challenge, mShowNames->isChecked(), this);
    if (dialog.exec() == QDialog::Accepted) {
        const QString error = ChallengeEditor(mWorkshop).editChallenge(dialog.challenge());
        if (!error.isEmpty())
            emit problem(error);
    }
}

void ChallengePage::editParticipant()
{
    const QModelIndex current = mGrid->currentIndex();
    const qint64 householdId =
        current.isValid() ? current.data(ChallengeGridModel::HouseholdIdRole).toLongLong() : 0;
    const auto participant = mWorkshop.challenges().participant(currentChallengeId(), householdId);
    const auto household = mWorkshop.households().get(householdId);
    if (!participant || !household) {
        emit problem(tr("Choose a household's row in the grid first."));
        return;
    }
    ParticipantDialog dialog(*participant, mWorkshop.challenges().meterLayout(householdId),
                             mShowNames->isChecked() ? household->name : pseudonym(*household),
                             this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ChallengeEditor editor(mWorkshop);
    const QString error = editor.setParticipant(dialog.participant());
    if (!error.isEmpty())
        emit problem(error);
    editor.setMeterLayout(dialog.layout());
}

} // namespace wattelier::ui
