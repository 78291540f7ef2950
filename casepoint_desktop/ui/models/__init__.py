"""Qt models of the user interface."""
