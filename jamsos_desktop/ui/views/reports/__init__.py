"""Laporan: the kelurahan recap per RT/RW and category, printed to PDF or saved to Excel."""
