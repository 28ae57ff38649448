"""Printable and spreadsheet reports (recap per RT/RW and category, audit extracts): rows in, files out.

No Qt and no SQL: services gather the rows, this package lays them out with reportlab and openpyxl.
"""
