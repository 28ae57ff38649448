"""What the office tells a participant about their data (UU 27/2022 Pasal 21): one text for every paper.

The consent form prints it in full; docs/pdp.md quotes it for the city's data protection officer. Articles
cited: Pasal 20 (basis), 5-12 (rights), 32 (a copy within 3 x 24 hours), 43-44 (erasing), 46 (breach).
"""

from __future__ import annotations

PROGRAMME = ("Jaminan Kecelakaan Kerja (JKK) dan Jaminan Kematian (JKM) BPJS Ketenagakerjaan. Iurannya dibayar "
             "penuh oleh Pemerintah Kota Batam dari APBD; peserta tidak membayar apa pun.")

PURPOSES = (
    "Mendaftarkan Anda sebagai peserta JKK dan JKM yang iurannya dibayar Pemerintah Kota Batam.",
    "Memastikan satu orang hanya terdaftar satu kali (dengan NIK) dan iuran dibayar untuk orang yang benar.",
    "Mencetak kartu peserta dan memberitahukan nomor kepesertaan (KPJ) dari BPJS Ketenagakerjaan.",
    "Membayar manfaat kepada Anda atau ahli waris Anda bila terjadi kecelakaan kerja atau kematian.",
)

RECIPIENTS = (
    ("Kantor kelurahan tempat Anda mendaftar", "mencatat, memperbaiki dan menyimpan data, mencetak kartu."),
    ("Dinas Tenaga Kerja Kota Batam", "memeriksa dan menggabungkan data seluruh kelurahan, membayar iuran."),
    ("BPJS Ketenagakerjaan", "mendaftarkan kepesertaan, menerbitkan nomor KPJ, membayar klaim JKK/JKM."),
)
NOT_SHARED = "Data Anda tidak diberikan kepada pihak lain dan tidak dipakai untuk tujuan lain."

LEGAL_BASIS = ("Persetujuan Anda dan pelaksanaan tugas Pemerintah Kota Batam dalam pelayanan publik "
               "(UU No. 27 Tahun 2022 tentang Pelindungan Data Pribadi, Pasal 20 ayat (2) huruf a dan e).")

HEIRS = ("Data ahli waris (termasuk anak) hanya dipakai untuk membayar manfaat JKM. Beri tahu ahli waris "
         "bahwa namanya Anda cantumkan.")


def retention(years: int) -> str:
    return (f"Selama Anda terdaftar. Bila data Anda dihapus (meninggal, pindah, keluar program, salah input) atau "
            f"pendaftaran ditolak, data disimpan {years} tahun sejak itu, lalu data pribadi dimusnahkan; yang "
            "tersisa hanya nomor ID, tanggal dan alasannya.")


RIGHTS = (
    "mengetahui siapa yang memproses data Anda, untuk apa dan atas dasar apa (Pasal 5);",
    "meminta data yang salah atau kurang diperbaiki (Pasal 6) di kantor kelurahan;",
    "meminta salinan data Anda beserta catatan siapa yang memprosesnya (Pasal 7), paling lambat 3 x 24 jam "
    "(Pasal 32);",
    "menarik kembali persetujuan dan meminta data dihapus (Pasal 8 dan 9); kepesertaan JKK/JKM yang dibayar kota "
    "lalu berakhir;",
    "meminta pemrosesan ditunda atau dibatasi (Pasal 11), dan menggugat serta menerima ganti rugi bila data Anda "
    "disalahgunakan (Pasal 12).",
)
NO_AUTOMATED_DECISION = "Keputusan atas pendaftaran Anda dibuat oleh petugas, bukan oleh mesin."


def contact(office_name: str, dpo: str) -> str:
    office = office_name or "kantor kelurahan tempat Anda mendaftar"
    city = dpo or "Pejabat Pelindungan Data Pribadi, Dinas Tenaga Kerja Kota Batam"
    return f"Datang ke {office} (bawa KTP), atau hubungi {city}."


STATEMENT = (
    "data di atas benar dan sesuai dengan KTP dan Kartu Keluarga saya;",
    "saya telah membaca atau dibacakan penjelasan pada formulir ini;",
    "saya menyetujui data pribadi saya dan ahli waris saya diproses untuk tujuan di atas dan diberikan kepada "
    "Dinas Tenaga Kerja Kota Batam dan BPJS Ketenagakerjaan;",
    "saya telah memberi tahu ahli waris yang namanya saya cantumkan.",
)
