// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/layoutform.h"

#include "timeseries/genericlayout.h"

#include <QComboBox>
#include <QFormLayout>
#include <QListWidget>
#include <QSpinBox>

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
    , mValueColumns(new QListWidget(this))
    , mUnit(new QComboBox(this))
    , mQuantity(new QComboBox(this))
    , mStamp(new QComboBox(this))
    , mKind(new QComboBox(this))
{
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
    mValueColumns->setMaximumHeight(110);
    for (const char *unit : {"W", "kW", "Wh", "kWh"})
        mUnit->addItem(QString::fromLatin1(unit), QString::fromLatin1(unit));
    mQuantity->addItem(tr("Energy in each interval"), int(SourceQuantity::EnergyPerInterval));
    mQuantity->addItem(tr("Mean power over each interval"), int(SourceQuantity::MeanPower));
    mQuantity->addItem(tr("Meter index (cumulative)"), int(SourceQuantity::CumulativeIndex));
    mStamp->addItem(tr("Starts its interval"), int(StampAt::Start));
    mStamp->addItem(tr("Ends its interval"), int(StampAt::End));
    for (SeriesKind kind : {SeriesKind::Consumption, SeriesKind::Production, SeriesKind::Offtake,
                            SeriesKind::Injection, SeriesKind::Other})
        mKind->addItem(label(kind), int(kind));

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Separator:"), mDelimiter);
    form->addRow(tr("&Decimal mark:"), mDecimal);
    form->addRow(tr("&Header on line:"), mHeaderLine);
    form->addRow(tr("D&ate column:"), mDateColumn);
    form->addRow(tr("T&ime column:"), mTimeColumn);
    form->addRow(tr("Date &format:"), mPattern);
    form->addRow(tr("Time &zone:"), mZone);
    form->addRow(tr("&Value columns:"), mValueColumns);
    form->addRow(tr("&Unit:"), mUnit);
    form->addRow(tr("&Numbers are:"), mQuantity);
    form->addRow(tr("A row's &time:"), mStamp);
    form->addRow(tr("&Kind:"), mKind);

    const auto emitChanged = [this] {
        if (!mFilling)
            emit changed();
    };
    for (QComboBox *box :
         {mDelimiter, mDecimal, mDateColumn, mTimeColumn, mZone, mUnit, mQuantity, mStamp, mKind})
        connect(box, &QComboBox::currentIndexChanged, this, emitChanged);
    connect(mPattern, &QComboBox::currentTextChanged, this, emitChanged);
    connect(mHeaderLine, &QSpinBox::valueChanged, this, emitChanged);
    connect(mValueColumns, &QListWidget::itemChanged, this, emitChanged);
}

void LayoutForm::fillColumns(const QStringList &columns)
{
    mDateColumn->clear();
    mTimeColumn->clear();
    mValueColumns->clear();
    mTimeColumn->addItem(tr("(with the date)"), -1);
    for (int i = 0; i < columns.size(); ++i) {
        const QString text = tr("%1: %2").arg(i + 1).arg(columns.at(i));
        mDateColumn->addItem(text, i);
        mTimeColumn->addItem(text, i);
        auto *item = new QListWidgetItem(text, mValueColumns);
        item->setData(Qt::UserRole, i);
        item->setCheckState(Qt::Unchecked);
    }
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
    for (const ValueColumn &c : layout.columns) {
        if (QListWidgetItem *item = mValueColumns->item(c.index))
            item->setCheckState(Qt::Checked);
    }
    if (!layout.columns.isEmpty()) {
        const ValueColumn &first = layout.columns.first();
        select(mUnit, first.unit);
        select(mQuantity, int(first.quantity));
        select(mKind, int(first.kind));
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
    layout.columns.clear();
    for (int i = 0; i < mValueColumns->count(); ++i) {
        const QListWidgetItem *item = mValueColumns->item(i);
        if (item->checkState() != Qt::Checked)
            continue;
        ValueColumn column;
        column.index = item->data(Qt::UserRole).toInt();
        column.name = item->text().section(QLatin1String(": "), 1);
        column.unit = mUnit->currentData().toString();
        column.quantity = SourceQuantity(mQuantity->currentData().toInt());
        column.kind = SeriesKind(mKind->currentData().toInt());
        layout.columns.append(column);
    }
    return layout;
}

} // namespace wattelier::ui
