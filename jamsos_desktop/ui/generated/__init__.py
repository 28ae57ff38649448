"""pyside6-uic output of forms/*.ui: do not edit, run scripts/build_ui.py."""
