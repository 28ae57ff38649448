"""The supervisor's approval page."""
