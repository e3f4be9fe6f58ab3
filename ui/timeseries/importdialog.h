// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeseries/parseresult.h"
#include "timeseries/seriesimport.h"

#include <atomic>

#include <QDialog>
#include <QFutureWatcher>

class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTimer;
class QTreeWidget;

namespace wattelier {
class Workshop;
}

namespace wattelier::ui {

class LayoutForm;

/*!
 * File ▸ Import data: choose or drop a data export, see what Wattelier
 * understood (format, series, interval, period, totals, problems), choose
 * whom it belongs to, and import it as one undoable step. Reading runs in a
 * worker thread with a progress bar and Cancel; a table no format recognises
 * is read with the generic reader, whose choices are shown and remembered for
 * files of the same layout.
 */
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportDialog(Workshop &workshop, QWidget *parent = nullptr);
    ~ImportDialog() override;

    /*! Reads \a path (in the background) and shows the preview. */
    void setFile(const QString &path);
    bool isReading() const;
    const ParseResult &result() const { return mResult; }
    QTreeWidget *preview() const { return mPreview; }
    QComboBox *ownerBox() const { return mOwner; }
    QPushButton *importButton() const { return mImportButton; }
    QLabel *statusLabel() const { return mStatus; }
    LayoutForm *layoutForm() const { return mLayoutForm; }

    void accept() override;
    void reject() override;

signals:
    void readingFinished();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void chooseFile();
    void startReading();
    void cancelReading();
    void readingDone();
    void showPreview();
    void showLayoutForm();
    ReadOptions readOptions() const;

    Workshop &mWorkshop;
    QString mPath;
    QByteArray mHead; //!< the file's first kilobytes as text: names, guesses, signature
    ParseResult mResult;
    std::atomic_bool mCancel{false};
    QFutureWatcher<ParseResult> mWatcher;
    bool mRestartWhenDone = false;
    bool mAwaitingResult = false; //!< a reading started and its result is not shown yet

    QLineEdit *mFileEdit;
    QComboBox *mFormat;
    QGroupBox *mLayoutBox;
    LayoutForm *mLayoutForm;
    QLabel *mStatus;
    QProgressBar *mProgress;
    QPushButton *mCancelReading;
    QTimer *mShowProgress;
    QTimer *mRereadTimer;
    QTreeWidget *mPreview;
    QPlainTextEdit *mWarnings;
    QComboBox *mOwner;
    QLineEdit *mPrefix;
    QDialogButtonBox *mButtons;
    QPushButton *mImportButton;
};

} // namespace wattelier::ui
