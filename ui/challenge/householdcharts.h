// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace wattelier {
struct ChallengeReport;
}

namespace wattelier::ui {

/*!
 * Small multiples: one little weekly chart per household against its own
 * baseline, in pseudonym order. Each panel has its own scale: a household is
 * compared with itself, so the panels do not invite ranking households by size.
 */
class HouseholdCharts : public QWidget
{
    Q_OBJECT

public:
    explicit HouseholdCharts(QWidget *parent = nullptr);

    void setReport(const ChallengeReport &report, bool showNames);
    /*! Only the households whose title contains \a text (any case); all when empty. */
    void setFilter(const QString &text);
    int shownCount() const { return int(shownPanels().size()); }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Panel
    {
        QString title;
        QList<double> weeks; //!< kWh, negative when unknown
        QList<bool> estimated;
        double baseline = -1.0;
        double scale = 1.0; //!< the panel's own maximum
    };
    QList<const Panel *> shownPanels() const;

    QList<Panel> mPanels;
    QString mFilter;
};

} // namespace wattelier::ui
