#pragma once

#include <QWidget>

namespace wattelier {
struct ChallengeReport;
}

namespace wattelier::ui {

/*!
 * Small multiples: one little weekly chart per household against its own
 * baseline, in pseudonym order, all on the same scale so that no household is
 * singled out and none is ranked.
 */
class HouseholdCharts : public QWidget
{
    Q_OBJECT

public:
    explicit HouseholdCharts(QWidget *parent = nullptr);

    void setReport(const ChallengeReport &report, bool showNames);
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
    };
    QList<Panel> mPanels;
    double mScale = 1.0;
};

} // namespace wattelier::ui
