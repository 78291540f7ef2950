"""Qt user interface: main window, tabs, dialogs and table models."""
