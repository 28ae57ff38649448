"""Parts of the main window's frame: the status bar."""
