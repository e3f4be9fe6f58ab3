// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/appliance.h"

#include <optional>

#include <QWidget>

class QButtonGroup;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace wattelier {
struct CatalogueEntry;
}

namespace wattelier::ui {

/*!
 * One appliance at a time, in plain questions: what is it (picked from the
 * catalogue as you type, or any name), how many, its power, how it is used,
 * and two questions for its priority and flexibility. Enter saves, Escape
 * cancels. The form only collects; the page writes through InventoryEditor.
 */
class ApplianceForm : public QWidget
{
    Q_OBJECT

public:
    explicit ApplianceForm(QWidget *parent = nullptr);

    /*! An empty form for a new appliance of \a householdId; focus on "What is it?". */
    void startNew(qint64 householdId);
    /*! The form filled with \a appliance, to change it. */
    void startEdit(const Appliance &appliance);
    bool isNew() const { return mBase.id == 0; }

    /*! The appliance as entered, or nullopt with \a problem in plain words. */
    std::optional<Appliance> entered(QString *problem) const;
    void showProblem(const QString &problem);

    QLineEdit *searchField() const { return mSearch; }
    QListWidget *catalogueList() const { return mCatalogue; }
    QSpinBox *quantityField() const { return mQuantity; }
    QLineEdit *powerField() const { return mPower; }
    QLineEdit *hoursField() const { return mHours; }
    QLineEdit *daysField() const { return mDays; }
    QLineEdit *cyclesField() const { return mCycles; }
    QLineEdit *kwhPerCycleField() const { return mKwhPerCycle; }
    QButtonGroup *priorityGroup() const { return mPriority; }
    QButtonGroup *flexibilityGroup() const { return mFlexibility; }
    QPushButton *saveButton() const { return mSave; }
    QPushButton *cancelButton() const { return mCancel; }

signals:
    void saveRequested();
    void cancelRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fillCatalogue(const QString &text);
    void chooseRow(int row);
    void choose(const CatalogueEntry &entry);
    void showValues(const Appliance &appliance);
    void updateUsageRows();
    void updateEstimate();

    /*! What the fields do not show: id, household, category, standby, catalogue key… */
    Appliance mBase;
    QLabel *mTitle;
    QLineEdit *mSearch;
    QListWidget *mCatalogue;
    QLabel *mNothingFound;
    QFormLayout *mNumbers;
    QSpinBox *mQuantity;
    QLineEdit *mPower;
    QLineEdit *mHours;
    QLineEdit *mDays;
    QLineEdit *mCycles;
    QLineEdit *mKwhPerCycle;
    QLabel *mEstimate;
    QButtonGroup *mPriority;
    QButtonGroup *mFlexibility;
    QLabel *mProblem;
    QPushButton *mSave;
    QPushButton *mCancel;
};

} // namespace wattelier::ui
