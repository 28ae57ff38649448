"""Spreadsheet import wizard and export from the participant list."""
