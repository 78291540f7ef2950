"""Qt widgets of the user interface."""
