"""Qt tabs of the user interface."""
