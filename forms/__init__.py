"""Qt Designer sources of the dialogs, installed as package data."""
