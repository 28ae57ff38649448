"""Pages and dialogs, one folder per feature."""
