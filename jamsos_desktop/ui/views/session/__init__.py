"""Signing in, the lock screen and auto-lock."""
