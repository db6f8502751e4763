// SPDX-License-Identifier: Apache-2.0
#include "ui/io_graph_view.h"

#include <QLineSeries>
#include <QMouseEvent>
#include <QValueAxis>

namespace ecv {

IoGraphView::IoGraphView(QWidget *parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::RectangleRubberBand);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    setMinimumHeight(220);
}

int IoGraphView::seriesCount() const
{
    return int(chart()->series().size());
}

void IoGraphView::setGraph(const IoGraph &graph, Measure measure)
{
    QChart *c = chart();
    // A live refresh keeps the user's zoom: remember the axes' ranges.
    QPointF xRange, yRange;
    if (m_zoomed && !c->axes(Qt::Horizontal).isEmpty()) {
        const auto *x = qobject_cast<QValueAxis *>(c->axes(Qt::Horizontal).first());
        const auto *y = qobject_cast<QValueAxis *>(c->axes(Qt::Vertical).first());
        xRange = {x->min(), x->max()};
        yRange = {y->min(), y->max()};
    }
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes())
        c->removeAxis(axis), delete axis;
    m_startNs = graph.startNs();

    auto *x = new QValueAxis;
    x->setTitleText(tr("Time (s since the first event)"));
    x->setLabelFormat(QStringLiteral("%.1f"));
    auto *y = new QValueAxis;
    const double intervalS = double(graph.intervalNs()) / 1e9;
    y->setTitleText(measure == Measure::Events ? tr("Events per %1 s").arg(intervalS, 0, 'g', 3)
                                               : tr("Bytes per %1 s").arg(intervalS, 0, 'g', 3));
    y->setLabelFormat(QStringLiteral("%.0f"));
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);

    double maxY = 1;
    for (const IoGraph::Series &s : graph.series(8, tr("other"))) {
        auto *line = new QLineSeries;
        line->setName(s.group.isEmpty()
                          ? (measure == Measure::Events ? tr("All events") : tr("All bytes"))
                          : s.group);
        const QVector<quint64> &values = measure == Measure::Events ? s.events : s.bytes;
        QList<QPointF> points;
        points.reserve(values.size());
        for (int b = 0; b < values.size(); ++b) {
            points.append({double(b) * intervalS, double(values[b])});
            maxY = qMax(maxY, double(values[b]));
        }
        line->replace(points);
        c->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
    }
    x->setRange(0, qMax(intervalS, double(graph.bucketCount()) * intervalS));
    y->setRange(0, maxY * 1.05);
    if (m_zoomed) {
        x->setRange(xRange.x(), xRange.y());
        y->setRange(yRange.x(), yRange.y());
    }
}

void IoGraphView::mousePressEvent(QMouseEvent *event)
{
    m_pressPos = event->pos();
    QChartView::mousePressEvent(event);
}

void IoGraphView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && (event->pos() - m_pressPos).manhattanLength() < 4) {
        const QPointF value = chart()->mapToValue(chart()->mapFromScene(mapToScene(event->pos())));
        QChartView::mouseReleaseEvent(event);
        if (chart()->plotArea().contains(chart()->mapFromScene(mapToScene(event->pos()))))
            emit timeClicked(m_startNs + qint64(qMax(0.0, value.x()) * 1e9));
        return;
    }
    if (event->button() == Qt::RightButton) {
        chart()->zoomReset();
        m_zoomed = false;
        event->accept();
        return;
    }
    QChartView::mouseReleaseEvent(event);
    if (event->button() == Qt::LeftButton)
        m_zoomed = true;
}

} // namespace ecv
