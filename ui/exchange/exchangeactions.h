// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>

#include <QObject>
#include <QtGlobal>

class QAction;
class QWidget;

namespace wattelier {
class Workshop;
}

namespace wattelier::ui {

/*!
 * Households ▸ Invitation to fill in at home… writes a household's file;
 * File ▸ Merge a household's file… shows what it brings and merges it (#9).
 */
class ExchangeActions : public QObject
{
    Q_OBJECT

public:
    explicit ExchangeActions(QWidget *window);

    QAction *inviteAction() const { return mInvite; }
    QAction *mergeAction() const { return mMerge; }

    /*! The open workshop (or null) and how to know its selected household. */
    void setWorkshop(Workshop *workshop, std::function<qint64()> currentHousehold = {});

    /*! Shows what the household file at \a path brings, and merges it once confirmed. */
    bool mergeFile(const QString &path);
    /*!
     * Opens a household file: merges it when it belongs to the open workshop,
     * refuses it when another workshop is open, and otherwise opens it in
     * "My household" mode, as at home (the main window hides meanwhile).
     */
    bool openHouseholdFile(std::unique_ptr<Workshop> file);
    /*! Writes the invitation of \a householdId to \a path (no dialog); false with a message. */
    bool writeInvitationTo(qint64 householdId, const QString &path);

signals:
    void statusMessage(const QString &message);

private:
    void invite();
    void chooseAndMerge();
    QString suggestedFolder() const;

    QWidget *mWindow;
    Workshop *mWorkshop = nullptr;
    std::function<qint64()> mCurrentHousehold;
    QAction *mInvite;
    QAction *mMerge;
};

} // namespace wattelier::ui
