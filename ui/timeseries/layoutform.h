// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeseries/delimitedlayout.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;
class QTableWidget;

namespace wattelier::ui {

/*!
 * The generic reader's choices for a table no format recognises: delimiter,
 * decimal separator, header line, date and time columns, date pattern, time
 * zone, whether a row's time starts or ends its interval, the column that
 * names each row's series in a long table, and one row per column of the
 * file: whether it is read, and its own kind, unit and meaning (#18: each
 * column is its own quantity). Emits changed() on every edit.
 */
class LayoutForm : public QWidget
{
    Q_OBJECT

public:
    explicit LayoutForm(QWidget *parent = nullptr);

    /*! Shows \a layout; \a columns are the file's column names (or numbers). */
    void setLayoutChoices(const DelimitedLayout &layout, const QStringList &columns);
    DelimitedLayout layoutChoices() const;

    /*! The table of the file's columns (one row each), for tests. */
    QTableWidget *columnTable() const { return mColumns; }
    QComboBox *seriesColumnBox() const { return mSeriesColumn; }
    QCheckBox *confirmBox() const { return mConfirm; }

signals:
    void changed();

private:
    enum ColumnField
    {
        NameField,
        KindField,
        UnitField,
        QuantityField,
        FieldCount
    };
    void fillColumns(const QStringList &columns);
    QComboBox *cellBox(int row, int field) const;

    QComboBox *mDelimiter;
    QComboBox *mDecimal;
    QSpinBox *mHeaderLine;
    QComboBox *mDateColumn;
    QComboBox *mTimeColumn;
    QComboBox *mPattern;
    QComboBox *mZone;
    QComboBox *mStamp;
    QComboBox *mSeriesColumn;
    QTableWidget *mColumns;
    QLabel *mQuestions;    //!< what the guess could not tell (#18)
    QCheckBox *mConfirm;   //!< "these choices are right": answers them
    DelimitedLayout mBase; //!< what the form does not show (interval, skipped lines)
    bool mFilling = false;
};

} // namespace wattelier::ui
