// SPDX-License-Identifier: GPL-3.0-or-later
#include "layoutform.h"

#include "timeseries/genericlayout.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace wattelier::ui {
namespace {

void select(QComboBox *box, const QVariant &value)
{
    const int index = box->findData(value);
    if (index >= 0)
        box->setCurrentIndex(index);
}

} // namespace

LayoutForm::LayoutForm(QWidget *parent)
    : QWidget(parent)
    , mDelimiter(new QComboBox(this))
    , mDecimal(new QComboBox(this))
    , mHeaderLine(new QSpinBox(this))
    , mDateColumn(new QComboBox(this))
    , mTimeColumn(new QComboBox(this))
    , mPattern(new QComboBox(this))
    , mZone(new QComboBox(this))
    , mStamp(new QComboBox(this))
    , mSeriesColumn(new QComboBox(this))
    , mColumns(new QTableWidget(0, FieldCount, this))
    , mQuestions(new QLabel(this))
    , mConfirm(new QCheckBox(tr("&These choices are right"), this))
{
    mQuestions->setWordWrap(true);
    mQuestions->setObjectName(QStringLiteral("questionLabel"));
    mConfirm->setToolTip(tr("The reader could not tell everything on its own: check the columns "
                            "above, then tick this"));
    mDelimiter->addItem(tr("Semicolon ;"), int(';'));
    mDelimiter->addItem(tr("Comma ,"), int(','));
    mDelimiter->addItem(tr("Tab"), int('\t'));
    mDelimiter->addItem(tr("Vertical bar |"), int('|'));
    mDecimal->addItem(tr("Point (1.5)"), int('.'));
    mDecimal->addItem(tr("Comma (1,5)"), int(','));
    mHeaderLine->setRange(0, 100);
    mHeaderLine->setSpecialValueText(tr("none"));
    mPattern->setEditable(true);
    for (const QByteArray &p : commonDateTimePatterns())
        mPattern->addItem(QString::fromLatin1(p));
    mZone->addItem(tr("Brussels local time"), int(TimeZoneRule::Zone));
    mZone->addItem(tr("UTC"), int(TimeZoneRule::Utc));
    mZone->addItem(tr("Written in each time (+01:00, Z)"), int(TimeZoneRule::InText));
    mZone->addItem(tr("Seconds since 1970 (Unix time)"), int(TimeZoneRule::UnixSeconds));
    mStamp->addItem(tr("Starts its interval"), int(StampAt::Start));
    mStamp->addItem(tr("Ends its interval"), int(StampAt::End));
    mSeriesColumn->setToolTip(tr("In a long table, one row per time and register, meter or "
                                 "entity: the column that says which; each of its values "
                                 "becomes a series of its own"));
    mColumns->setHorizontalHeaderLabels(
        {tr("Column (ticked: read)"), tr("Measures"), tr("Unit"), tr("Numbers are")});
    mColumns->verticalHeader()->hide();
    mColumns->horizontalHeader()->setSectionResizeMode(NameField, QHeaderView::Stretch);
    mColumns->setMinimumHeight(120);
    mColumns->setAccessibleName(tr("Columns of the file"));

    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Separator:"), mDelimiter);
    form->addRow(tr("&Decimal mark:"), mDecimal);
    form->addRow(tr("&Header on line:"), mHeaderLine);
    form->addRow(tr("D&ate column:"), mDateColumn);
    form->addRow(tr("T&ime column:"), mTimeColumn);
    form->addRow(tr("Date &format:"), mPattern);
    form->addRow(tr("Time &zone:"), mZone);
    form->addRow(tr("A row's &time:"), mStamp);
    form->addRow(tr("Series &column:"), mSeriesColumn);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(mColumns, 1);
    layout->addWidget(mQuestions);
    layout->addWidget(mConfirm);
    mQuestions->hide();
    mConfirm->hide();

    const auto emitChanged = [this] {
        if (!mFilling)
            emit changed();
    };
    for (QComboBox *box :
         {mDelimiter, mDecimal, mDateColumn, mTimeColumn, mZone, mStamp, mSeriesColumn})
        connect(box, &QComboBox::currentIndexChanged, this, emitChanged);
    connect(mPattern, &QComboBox::currentTextChanged, this, emitChanged);
    connect(mHeaderLine, &QSpinBox::valueChanged, this, emitChanged);
    connect(mColumns, &QTableWidget::itemChanged, this, emitChanged);
    connect(mConfirm, &QCheckBox::toggled, this, emitChanged);
}

QComboBox *LayoutForm::cellBox(int row, int field) const
{
    return qobject_cast<QComboBox *>(mColumns->cellWidget(row, field));
}

void LayoutForm::fillColumns(const QStringList &columns)
{
    mDateColumn->clear();
    mTimeColumn->clear();
    mSeriesColumn->clear();
    mTimeColumn->addItem(tr("(with the date)"), -1);
    mSeriesColumn->addItem(tr("(none: one row per time)"), -1);
    mColumns->setRowCount(int(columns.size()));
    const auto emitChanged = [this] {
        if (!mFilling)
            emit changed();
    };
    for (int i = 0; i < columns.size(); ++i) {
        const QString text = tr("%1: %2").arg(i + 1).arg(columns.at(i));
        mDateColumn->addItem(text, i);
        mTimeColumn->addItem(text, i);
        mSeriesColumn->addItem(text, i);
        auto *item = new QTableWidgetItem(text);
        item->setData(Qt::UserRole, i);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
        mColumns->setItem(i, NameField, item);
        auto *kind = new QComboBox(mColumns);
        for (SeriesKind k : {SeriesKind::Consumption, SeriesKind::Production, SeriesKind::Offtake,
                             SeriesKind::Injection, SeriesKind::Other})
            kind->addItem(label(k), int(k));
        auto *unit = new QComboBox(mColumns);
        for (const char *u : {"W", "kW", "Wh", "kWh"})
            unit->addItem(QString::fromLatin1(u), QString::fromLatin1(u));
        auto *quantity = new QComboBox(mColumns);
        quantity->addItem(tr("Energy in each interval"), int(SourceQuantity::EnergyPerInterval));
        quantity->addItem(tr("Mean power over each interval"), int(SourceQuantity::MeanPower));
        quantity->addItem(tr("Meter index (cumulative)"), int(SourceQuantity::CumulativeIndex));
        mColumns->setCellWidget(i, KindField, kind);
        mColumns->setCellWidget(i, UnitField, unit);
        mColumns->setCellWidget(i, QuantityField, quantity);
        for (QComboBox *box : {kind, unit, quantity}) {
            box->setAccessibleName(text);
            connect(box, &QComboBox::currentIndexChanged, this, emitChanged);
        }
    }
    mColumns->resizeColumnsToContents();
}

void LayoutForm::setLayoutChoices(const DelimitedLayout &layout, const QStringList &columns)
{
    mFilling = true;
    mBase = layout;
    fillColumns(columns);
    select(mDelimiter, int(layout.delimiter));
    select(mDecimal, int(layout.decimal));
    mHeaderLine->setValue(layout.headerLine);
    select(mDateColumn, layout.dateColumn);
    select(mTimeColumn, layout.timeColumn);
    mPattern->setCurrentText(QString::fromLatin1(layout.dateTimePattern));
    select(mZone, int(layout.zoneRule));
    select(mStamp, int(layout.stamp));
    select(mSeriesColumn, layout.seriesColumn);
    mQuestions->setText(layout.questions.join(QLatin1Char('\n')));
    mQuestions->setVisible(!layout.questions.isEmpty());
    mConfirm->setChecked(false);
    mConfirm->setVisible(!layout.questions.isEmpty());
    for (const ValueColumn &c : layout.columns) {
        if (c.index < 0 || c.index >= mColumns->rowCount())
            continue;
        mColumns->item(c.index, NameField)->setCheckState(Qt::Checked);
        select(cellBox(c.index, KindField), int(c.kind));
        select(cellBox(c.index, UnitField), c.unit);
        select(cellBox(c.index, QuantityField), int(c.quantity));
    }
    mFilling = false;
}

DelimitedLayout LayoutForm::layoutChoices() const
{
    DelimitedLayout layout = mBase;
    layout.delimiter = char(mDelimiter->currentData().toInt());
    layout.decimal = char(mDecimal->currentData().toInt());
    layout.headerLine = mHeaderLine->value();
    layout.dateColumn = mDateColumn->currentData().toInt();
    layout.timeColumn = mTimeColumn->currentData().toInt();
    layout.dateTimePattern = mPattern->currentText().toLatin1();
    layout.zoneRule = TimeZoneRule(mZone->currentData().toInt());
    layout.stamp = StampAt(mStamp->currentData().toInt());
    layout.seriesColumn = mSeriesColumn->currentData().toInt();
    if (mConfirm->isChecked())
        layout.questions.clear();
    const QList<ValueColumn> guessed = layout.columns;
    layout.columns.clear();
    for (int row = 0; row < mColumns->rowCount(); ++row) {
        const QTableWidgetItem *item = mColumns->item(row, NameField);
        if (!item || item->checkState() != Qt::Checked)
            continue;
        ValueColumn column;
        column.index = item->data(Qt::UserRole).toInt();
        for (const ValueColumn &g : guessed)
            if (g.index == column.index)
                column = g; // keeps what the form does not show (a register)
        column.name = item->text().section(QLatin1String(": "), 1);
        column.kind = SeriesKind(cellBox(row, KindField)->currentData().toInt());
        column.unit = cellBox(row, UnitField)->currentData().toString();
        column.quantity = SourceQuantity(cellBox(row, QuantityField)->currentData().toInt());
        layout.columns.append(column);
    }
    return layout;
}

} // namespace wattelier::ui
