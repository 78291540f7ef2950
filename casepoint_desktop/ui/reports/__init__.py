"""The reports window, its chart and table, and the case-plan data export dialog."""
