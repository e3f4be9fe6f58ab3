// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeseries/delimitedlayout.h"

#include <QWidget>

class QComboBox;
class QListWidget;
class QSpinBox;

namespace wattelier::ui {

/*!
 * The generic reader's choices for a table no format recognises: delimiter,
 * decimal separator, header line, date and time columns, date pattern, time
 * zone, value columns with their unit and meaning, and whether a row's time
 * starts or ends its interval. Emits changed() on every edit.
 */
class LayoutForm : public QWidget
{
    Q_OBJECT

public:
    explicit LayoutForm(QWidget *parent = nullptr);

    /*! Shows \a layout; \a columns are the file's column names (or numbers). */
    void setLayoutChoices(const DelimitedLayout &layout, const QStringList &columns);
    DelimitedLayout layoutChoices() const;

signals:
    void changed();

private:
    void fillColumns(const QStringList &columns);

    QComboBox *mDelimiter;
    QComboBox *mDecimal;
    QSpinBox *mHeaderLine;
    QComboBox *mDateColumn;
    QComboBox *mTimeColumn;
    QComboBox *mPattern;
    QComboBox *mZone;
    QListWidget *mValueColumns;
    QComboBox *mUnit;
    QComboBox *mQuantity;
    QComboBox *mStamp;
    QComboBox *mKind;
    DelimitedLayout mBase; //!< what the form does not show (interval, skipped lines)
    bool mFilling = false;
};

} // namespace wattelier::ui
