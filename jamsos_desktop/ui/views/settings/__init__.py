"""The settings page: language of this PC, office rules, operator accounts."""
