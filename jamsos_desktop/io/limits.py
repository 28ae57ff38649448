"""Limits on spreadsheets to import, checked while reading so a hostile or broken file is refused in seconds
and in bounded memory (under 300 MB) instead of running the PC out of memory.

A whole city is 24,300 people; a kelurahan's list is a few thousand rows of 20-40 columns. The limits are
several times that, and far below what a crafted file needs to do harm: one merged range over a billion rows,
a value in the last column (XFD) of every row, a 200 MB cell, a million rows.
"""

from __future__ import annotations

from jamsos_desktop.io.table import SheetError

MAX_ROWS = 100_000
MAX_COLUMNS = 200
MAX_CELL_CHARS = 10_000
MAX_MERGES = 10_000
MERGE_SLACK_ROWS = 1_000  # a merged block may reach this far past the last row with data (formatting)
MAX_FILE_BYTES = 200 * 1024 * 1024  # the .xlsx file itself (read as a zip, piece by piece)
MAX_CSV_BYTES = 64 * 1024 * 1024  # a .csv is read whole: 100,000 rows of a real list are about 30 MB
MAX_PART_BYTES = 512 * 1024 * 1024  # one sheet's XML inside the .xlsx, uncompressed
MAX_SHARED_STRINGS_BYTES = 32 * 1024 * 1024  # all texts of the workbook, uncompressed


class SheetTooLarge(SheetError):
    """The file is beyond what a participant list can be; the message says which limit and what to do."""


def too_many_rows(name: str) -> SheetTooLarge:
    return SheetTooLarge(f"{name} berisi lebih dari {MAX_ROWS:,} baris, lebih banyak dari peserta satu kota: "
                         "bagi datanya ke beberapa berkas, atau hapus baris kosong berformat di bawah tabel.")


def too_many_columns(name: str, column: str) -> SheetTooLarge:
    return SheetTooLarge(f"{name} berisi data di kolom {column}, jauh di luar tabel (batas {MAX_COLUMNS} kolom): "
                         "hapus kolom-kolom kosong di kanan tabel lalu simpan ulang.")


def cell_too_long(name: str, where: str) -> SheetTooLarge:
    return SheetTooLarge(f"{name}: satu sel{where} berisi lebih dari {MAX_CELL_CHARS:,} karakter, bukan data "
                         "peserta: periksa sel itu dan hapus isinya yang berlebihan.")


def merge_beyond_data(name: str, ref: str, last_row: int) -> SheetTooLarge:
    return SheetTooLarge(f"{name}: sel gabungan {ref} melewati data (baris terakhir berisi data: {last_row:,}): "
                         "hapus gabungan sel itu (Excel: Beranda > Gabungkan & Tengahkan) lalu simpan ulang.")


def file_too_large(name: str, size: int, cap: int = MAX_FILE_BYTES) -> SheetTooLarge:
    return SheetTooLarge(f"{name} berukuran {size / 2**20:,.0f} MB, terlalu besar untuk daftar peserta (batas "
                         f"{cap // 2**20} MB): bagi datanya ke beberapa berkas.")


def part_too_large(name: str) -> SheetTooLarge:
    return SheetTooLarge(f"{name} berisi lembar atau teks yang jauh lebih besar dari daftar peserta mana pun: "
                         "berkas ini rusak atau dibuat untuk mengganggu. Buka di Excel, salin tabelnya ke buku kerja "
                         "baru, lalu simpan ulang.")
