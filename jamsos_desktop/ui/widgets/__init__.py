"""Reusable widgets that call no service."""
