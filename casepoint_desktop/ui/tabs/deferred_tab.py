"""The base of record tabs that build their widgets and read their data when first shown."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


class DeferredTab(QWidget):
    """A tab page that stays empty until it is first shown.

    A client record opens on its first tab, so building the others at once would read data
    and create tables that the user may never look at. The tab bar shows the titles and
    mnemonics of every page from the start. A subclass puts its widgets and its first read
    in `_build`, and its `reload` does nothing until `is_built` is True.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._is_built = False

    @property
    def is_built(self) -> bool:
        return self._is_built

    def ensure_built(self) -> None:
        """Build the widgets and read the data now, unless that has been done."""
        if self._is_built:
            return
        self._is_built = True
        self._build()

    def _build(self) -> None:
        """Create the widgets, connect them and read the data, once."""
        raise NotImplementedError

    def setVisible(self, visible: bool) -> None:
        # QTabWidget shows a page through setVisible(True), also while the record itself
        # is hidden. Building before QWidget.setVisible lets Qt show the new children
        # together with the page, so no event loop turn passes with an empty page.
        if visible:
            self.ensure_built()
        super().setVisible(visible)
