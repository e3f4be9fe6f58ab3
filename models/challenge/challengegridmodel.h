// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "challenge/challenge.h"
#include "challenge/challengeeditor.h"
#include "challenge/challengereport.h"

#include <QAbstractTableModel>
#include <QHash>

namespace wattelier {

class Workshop;

/*!
 * The entry grid of a challenge: one row per participating household and
 * meter register, one column per planned reading date (the baseline weeks
 * before the start, then every week until the end). A cell shows the index
 * read within a few days of its planned date; typing writes it through
 * ChallengeEditor (undoable, checked against its neighbours).
 */
class ChallengeGridModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        ReadingIdRole = Qt::UserRole + 1, //!< 0 when the cell is empty
        HouseholdIdRole,
        RegisterKeyRole,
        PlannedDateRole,
        ReadDateRole, //!< the day it was really read
    };

    /*! A reading this many days from its planned date still belongs to that column. */
    static constexpr int toleranceDays = 3;

    explicit ChallengeGridModel(Workshop &workshop, QObject *parent = nullptr);

    void setChallengeId(qint64 challengeId);
    qint64 challengeId() const { return mChallengeId; }
    void setShowNames(bool show);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    QDate plannedDate(int column) const;
    /*! The challenge's figures as of the last change, shared with the page's charts. */
    const ChallengeReport &report() const { return mReport; }
    /*! The entry a value typed in a cell becomes (its date: the reading's own, else planned). */
    MeterIndexEntry entryFor(const QModelIndex &index, std::optional<double> value) const;

signals:
    void editRejected(const QString &message);
    /*! An edit was written but looks wrong (a reading dated after today). */
    void editWarning(const QString &message);
    /*!
     * \a text at \a index reads as \a thousands or as \a decimal ("12.300"):
     * nothing was written; the view asks, then sets the chosen number (a double).
     */
    void ambiguousNumber(const QModelIndex &index, const QString &text, double thousands,
                         double decimal);
    /*! Readings or settings changed (after a reset or an in-place update). */
    void contentsChanged();

public slots:
    void reload();

private:
    struct Row
    {
        qint64 householdId;
        QString name;
        QString pseudonym;
        MeterRegister reg;
    };
    const StoredIndexReading *readingAt(int row, int column) const;

    Workshop &mWorkshop;
    qint64 mChallengeId = 0;
    bool mShowNames = false;
    Challenge mChallenge;
    ChallengeReport mReport;
    QDate mFirstDate;
    int mDateCount = 0;
    QList<Row> mRows;
    QHash<qint64, QList<StoredIndexReading>> mReadings;
    QHash<qint64, QList<bool>> mUnusual; //!< by household: week ending at column c is unusual
};

} // namespace wattelier
