"""Kirim Data: bundles to a USB stick, receipts from the city, device and hub keys, background upload."""
