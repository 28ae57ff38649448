"""Jamsos Desktop: registration of Batam's city-funded BPJS Ketenagakerjaan participants."""

APP_NAME = "Jamsos Desktop"
APP_ID = "jamsos-desktop"
__version__ = "0.2.0.dev0"
