"""Jejak Audit: who did what and when, filtered and paged, and the check of the tamper-evident chain."""
