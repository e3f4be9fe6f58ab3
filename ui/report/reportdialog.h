// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/reportsettings.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QPrinter;
class QPushButton;
class QTimer;

namespace wattelier {
class Workshop;
struct ReportRequest;
} // namespace wattelier

namespace wattelier::ui {

/*!
 * File ▸ Print and export: the meeting summary (sections, period, notes),
 * household sheets and blank forms, with print preview, printing and PDF
 * export. The summary's choices are saved in the workshop as they are made,
 * so the command line prints the same document. Names are off each time the
 * dialog opens and need the facilitator's confirmation.
 */
class ReportDialog : public QDialog
{
    Q_OBJECT

public:
    ReportDialog(Workshop &workshop, ReportKind kind, QWidget *parent = nullptr);
    ~ReportDialog() override;

    ReportKind kind() const;
    /*! The request the buttons would print now (for tests). */
    ReportRequest request() const;
    QString language() const;
    QPageSize pageSize() const;

    /*! Writes the current document to \a path (or, for every household's sheet, into the folder).
     */
    bool exportTo(const QString &path);

    QCheckBox *namesBox() const { return mNames; }
    QCheckBox *sectionBox(ReportSection section) const;
    QPlainTextEdit *notesEdit() const { return mNotes; }
    QComboBox *kindCombo() const { return mKind; }
    QComboBox *householdCombo() const { return mHousehold; }
    QPushButton *previewButton() const { return mPreview; }
    QPushButton *exportButton() const { return mExport; }

signals:
    /*!
     * A document was written (for the status bar and tests): \a count is its
     * pages, or the number of sheets when \a path is a folder.
     */
    void exported(const QString &path, int count);

protected:
    void done(int result) override;

private:
    void buildForm();
    void fillHouseholds();
    void loadSettings();
    void saveSettings();
    void updateVisibility();
    void namesToggled(bool on);
    void preview();
    void print();
    void exportWithDialog();
    void paintOn(QPrinter *printer);
    bool everyHousehold() const;
    void showError(const QString &message);

    Workshop &mWorkshop;
    ReportSettings mSettings;
    bool mLoading = false;
    QComboBox *mKind;
    QLabel *mHouseholdLabel;
    QComboBox *mHousehold;
    QComboBox *mLanguage;
    QComboBox *mPage;
    QCheckBox *mNames;
    QGroupBox *mSummaryBox;
    QDateEdit *mMeetingDate;
    QList<std::pair<ReportSection, QCheckBox *>> mSections;
    QComboBox *mPeriod;
    QDateEdit *mPeriodDate;
    QPlainTextEdit *mNotes;
    QTimer *mSaveTimer; //!< notes are saved shortly after typing stops
    QPushButton *mPreview;
    QPushButton *mPrint;
    QPushButton *mExport;
};

} // namespace wattelier::ui
