"""Administration and audit log windows, their table models, and the password dialogs."""
