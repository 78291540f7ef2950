"""Qt dialogs of the user interface."""
