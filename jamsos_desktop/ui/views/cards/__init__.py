"""The Kartu page: choose participants, generate cards, preview, print at actual size, check a card."""
