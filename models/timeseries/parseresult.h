// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeseries/series.h"

#include <atomic>
#include <functional>

#include <QList>
#include <QString>
#include <QStringList>

namespace wattelier {

/*! Where and why a file was refused. Line and column are 1-based; 0 = not known. */
struct ImportProblem
{
    QString file;
    int line = 0;
    int column = 0;
    QString message;

    /*! "file, line 12, column 3: message" in the user's language. */
    QString toString() const;
};

/*! Things an import corrected or noticed, each counted and described. */
struct ImportWarnings
{
    int duplicatesDropped = 0;     //!< identical rows read twice
    int resets = 0;                //!< a cumulative index that fell near zero (a new counter)
    int corrections = 0;           //!< an index that stepped back a little: netted, not a reset
    double kwhCorrected = 0;       //!< the energy those steps back took off the next rises
    int dstRepeatedResolved = 0;   //!< autumn wall-clock times read as their second instant
    int nonexistentLocalTimes = 0; //!< spring wall-clock times that do not exist
    int gapsLeftOut = 0;           //!< energy that could not be assigned (none since #18)
    double kwhLeftOut = 0;         //!< its energy
    int gapsSpread = 0;            //!< index rises across missing readings, spread evenly
    qint64 intervalsEstimated = 0; //!< the intervals they were spread over
    double kwhEstimated = 0;       //!< and their energy
    int silencesSpread = 0;        //!< long silences of an irregular counter, spread evenly
    QStringList messages;          //!< one line each, at most a few dozen kept

    void add(const QString &message);
    /*!
     * Adds the counts of a column read from the same rows (its duplicates and
     * clock-change rows are the table's, counted once by the caller) and its
     * messages not yet said.
     */
    void merge(const ImportWarnings &column);
};

/*! One series a file holds, read into memory and not yet stored. */
struct ParsedSeries
{
    QString name;
    SeriesKind kind = SeriesKind::Other;
    QString unit = QStringLiteral("kWh"); //!< unit written in the source
    RegularSeries data;
};

/*! What a parser understood of a file. */
struct ParseResult
{
    QString format;
    QList<ParsedSeries> series;
    ImportWarnings warnings;
    std::optional<ImportProblem> problem; //!< set: the file is refused
    bool cancelled = false;

    bool ok() const { return !problem && !cancelled; }

    /*!
     * Appends the series a builder made, named after \a kind unless \a name
     * is given; when \a data is empty, keeps \a failure as the problem and
     * returns false.
     */
    bool append(std::optional<RegularSeries> data, const ImportProblem &failure, SeriesKind kind,
                const QString &unit, const QString &name = QString());
};

/*!
 * What a parser needs besides the bytes: the file's name for messages,
 * progress (done, total bytes) and a cancel flag checked as it goes.
 */
struct ParseContext
{
    QString fileName;
    std::function<void(qint64, qint64)> progress;
    const std::atomic_bool *cancel = nullptr;

    bool cancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }

    /*!
     * Called for every line: every 16,384 lines reports progress (\a done of
     * \a total bytes) and, when cancelled, marks \a result and returns true.
     */
    bool stopAt(int line, qint64 done, qint64 total, ParseResult &result) const;
};

} // namespace wattelier
