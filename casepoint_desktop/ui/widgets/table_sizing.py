"""The number of rows that a ResizeToContents column measures."""

# By default (resizeContentsPrecision 1000) Qt requests every role of every cell of the first
# 1,000 rows to size a column. Opening a goal with 500 case notes made 80,000 data() calls and
# took 1.6 s in benchmarks/measure.py on a 2-core machine. Measuring the visible rows and
# this many more gives nearly the same widths for columns of dates, IDs and names.
RESIZE_TO_CONTENTS_ROWS = 50
