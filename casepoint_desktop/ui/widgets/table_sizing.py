"""Column widths of tables: how many rows a ResizeToContents column measures, a width from
sample text for columns whose values all have the same shape, and columns measured once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QStyle, QTableView

# By default (resizeContentsPrecision 1000) Qt requests every role of every cell of the first
# 1,000 rows to size a column. Opening a goal with 500 case notes made 80,000 data() calls and
# took 1.6 s in benchmarks/measure.py on a 2-core machine. Measuring the visible rows and
# this many more gives nearly the same widths for columns of dates, IDs and names.
RESIZE_TO_CONTENTS_ROWS = 50


def fit_column_to_sample(view: QTableView, column: int, sample: str) -> None:
    """Give `column` of `view` the width of `sample` or of its header, whichever is wider.

    For columns whose values have a fixed shape, such as dates and IDs. A ResizeToContents
    column measures its rows at every reset of the model. The client search refills its
    table at every keystroke, so that measuring was about a third of each refill. The user
    can still drag the column wider.
    """
    header = view.horizontalHeader()
    header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
    header_text = str(view.model().headerData(column, Qt.Orientation.Horizontal) or "")
    # The padding a cell and a header section add around their text, as the style draws them.
    margin = 2 * view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 2
    header_margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    width = max(
        view.fontMetrics().horizontalAdvance(sample) + margin,
        header.fontMetrics().horizontalAdvance(header_text) + header_margin,
    )
    header.resizeSection(column, width)


def fit_columns(view: QTableView, max_widths: dict[int, int | None]) -> None:
    """Resize each column in `max_widths` to its contents, capped at its value unless None.

    Measures like a ResizeToContents column: the header text and the rows that the header's
    resizeContentsPrecision allows. Qt measures every ResizeToContents column again each
    time any column of the header is resized and several times when the view is shown,
    which was seven passes over the rows when a client's notes were filled. Columns set to
    Fixed or Interactive and sized here are measured once per call.
    """
    header = view.horizontalHeader()
    for column, max_width in max_widths.items():
        needed = max(view.sizeHintForColumn(column), header.sectionSizeHint(column))
        header.resizeSection(column, needed if max_width is None else min(needed, max_width))
