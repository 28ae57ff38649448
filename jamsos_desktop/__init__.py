"""Jamsos Desktop: registration of Batam's city-funded BPJS Ketenagakerjaan participants."""

APP_NAME = "Jamsos Desktop"
APP_ID = "jamsos-desktop"
__version__ = "0.1.0"
