"""Item models over service data; each is tested without a window."""
