// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QChartView>

#include "core/stats/io_graph.h"

namespace ecv {

/**
 * @brief Wireshark's I/O graph: one line per series (events or bytes per interval, x in seconds
 * since the capture's first event). Drag a rectangle to zoom, right-click to zoom out, click a
 * point of the graph to go to the first event of that interval (timeClicked()). GUI thread.
 */
class IoGraphView : public QChartView
{
    Q_OBJECT
public:
    enum class Measure
    {
        Events,
        Bytes
    };

    explicit IoGraphView(QWidget *parent = nullptr);

    /** @brief Show @p graph (its series, at most eight plus "other"); keeps the zoom when the
     *  graph only grew (a live refresh). */
    void setGraph(const IoGraph &graph, Measure measure);
    /** @brief Number of series drawn now (tests). */
    int seriesCount() const;

signals:
    /** @brief The user clicked the graph at Unix time @p timeNs. */
    void timeClicked(qint64 timeNs);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    qint64 m_startNs = 0;
    QPoint m_pressPos;
    bool m_zoomed = false;
};

} // namespace ecv
