"""Icons and fonts, installed as package data."""
