"""The bar chart of the goal outcomes report: closed goals per classification by outcome."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from casepoint_desktop.printing.outcomes_report import CHART_COLORS, tick_step
from casepoint_desktop.services.reports import (
    MEASURES,
    OUTCOME_MEASURES,
    OutcomesReport,
    classification_sums,
)


class OutcomesChartView(QChartView):
    """Stacked bars of achieved, partially achieved, not achieved and other outcomes.

    Each bar is one classification, with the counts of its goal types summed. The printed
    report draws the same bars with the same colours.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)
        chart = QChart()
        chart.setTitle("Closed goals by outcome")
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.setChart(chart)
        self.series = QStackedBarSeries()

    def set_report(self, report: OutcomesReport) -> None:
        """Draw the bars of `report`, replacing those of the previous report."""
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)

        sums = classification_sums(report)
        labels = dict(MEASURES)
        self.series = QStackedBarSeries()
        for key in OUTCOME_MEASURES:
            bar_set = QBarSet(labels[key])
            bar_set.setColor(QColor(CHART_COLORS[key]))
            bar_set.setBorderColor(QColor(CHART_COLORS[key]))
            bar_set.append([float(counts[key]) for _, counts in sums])
            self.series.append(bar_set)
        chart.addSeries(self.series)

        categories = QBarCategoryAxis()
        categories.append([classification for classification, _ in sums])
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        self.series.attachAxis(categories)

        largest = max(
            (sum(counts[key] for key in OUTCOME_MEASURES) for _, counts in sums), default=0
        )
        # Whole-number ticks, with the same steps as the printed chart.
        step = tick_step(largest)
        top = max(step, -(-largest // step) * step)
        values = QValueAxis()
        values.setTitleText("Closed goals")
        values.setLabelFormat("%d")
        values.setRange(0, top)
        values.setTickCount(top // step + 1)
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        self.series.attachAxis(values)
