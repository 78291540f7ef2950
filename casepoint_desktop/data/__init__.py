"""Data layer: peewee models, the SQLite connection and schema migrations."""
