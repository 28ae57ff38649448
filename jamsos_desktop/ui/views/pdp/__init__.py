"""Hak Peserta: the participant's rights under UU PDP (consent forms, data copies, retention, breach reports)."""
