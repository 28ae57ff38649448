"""The breach notification letter to the city office (UU PDP Pasal 46), and the list of people affected.

The letter says what Pasal 46 ayat (2) asks: which personal data, of how many people, when and how it was
exposed, and what has been done; it shows the 3 x 24-hour deadline counted from the discovery. It names no one:
the people are in the attached workbook, which is itself personal data and travels as such.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, ListFlowable, ListItem, Spacer, Table, TableStyle

from jamsos_desktop.reports.document import WIDTH, build, fields, letterhead, para, styles
from jamsos_desktop.reports.tables import write_xlsx

WARN = colors.HexColor("#9b1c1c")
MEASURES = {
    "bundle": ("Isi berkas kiriman terenkripsi (hanya kunci Disnaker dan kunci cadangan Disnaker yang bisa membukanya); "
               "perubahan yang dibawanya sudah atau akan terkirim lagi pada pengiriman berikutnya.",
               "Bila flashdisk ditemukan kembali, berkas kiriman di dalamnya dihapus."),
    "backup": ("Berkas cadangan tidak terenkripsi: siapa pun yang memegangnya dapat membaca isinya.",
               "Cadangan berikutnya hanya disimpan di flashdisk yang disimpan terkunci di kantor.",
               "Kata sandi semua akun operator diganti."),
    "pc": ("Minta Disnaker mencabut perangkat kantor ini di server Disnaker agar kuncinya tidak bisa "
           "dipakai mengirim data atau menandatangani kartu.",
           "Kata sandi semua akun operator diganti; komputer pengganti dipasang dari cadangan terakhir.",
           "Kejadian dilaporkan ke polisi; nomor laporan dilampirkan."),
}


def _bullets(items: Sequence[str], mark: str = "•") -> ListFlowable:
    return ListFlowable([ListItem(para(escape(i)), leftIndent=12) for i in items], bulletType="bullet",
                        start=mark, leftIndent=12)


def _when(moment: dt.datetime) -> str:
    return f"{moment.astimezone():%d-%m-%Y pukul %H.%M}"


def _deadline_box(found: Any, made_at: dt.datetime) -> Flowable:
    st = styles()
    left = found.deadline - made_at
    hours = max(0, int(left.total_seconds() // 3600))
    text = (f"<b>Batas waktu pemberitahuan (3 x 24 jam sejak diketahui): {escape(_when(found.deadline))}</b><br/>"
            f"Kegagalan diketahui {escape(_when(found.discovered_at))}. "
            + (f"Sisa waktu saat surat ini dibuat: {hours} jam." if left.total_seconds() > 0 else
               "<b>Batas waktu sudah lewat saat surat ini dibuat: kirim segera dan sebutkan alasannya.</b>"))
    box = Table([[para(text, st.body)]], colWidths=[WIDTH])
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.2, WARN), ("BACKGROUND", (0, 0), (-1, -1),
                                                                   colors.HexColor("#fdf2f2")),
                             ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return box


def write_breach_letter(path: Path, found: Any, *, office_name: str, made_at: dt.datetime,
                        data_kinds: Sequence[str]) -> Path:
    st = styles()
    who = [("Peserta", f"{len(found.people)} orang"),
           ("Ahli waris", f"{found.heirs} orang, di antaranya {found.children} anak (data anak termasuk data pribadi "
                          "yang bersifat spesifik, Pasal 4 ayat (2))")]
    if found.erased_since:
        who.append(("Lainnya", f"{found.erased_since} data yang sudah dimusnahkan karena masa simpan habis (tidak "
                               "bisa disebut namanya lagi)"))
    how = [f"Kejadian: {found.source}.", f"Diketahui: {_when(found.discovered_at)}."]
    if found.note:
        how.append(f"Keterangan petugas: {found.note}")
    story: list[Flowable] = [
        letterhead(office_name), Spacer(1, 4 * mm),
        para(f"Batam, {made_at.astimezone():%d-%m-%Y}"), Spacer(1, 2 * mm),
        fields([("Nomor", "...................................."),
                ("Lampiran", "1 (satu) berkas daftar orang yang terdampak (data pribadi, kirim secara aman)"),
                ("Perihal", "Pemberitahuan kegagalan pelindungan data pribadi")], label_mm=28),
        Spacer(1, 4 * mm),
        para("Kepada Yth.<br/>Kepala Dinas Tenaga Kerja Kota Batam<br/>u.p. Pejabat Pelindungan Data Pribadi<br/>"
             "di Batam"), Spacer(1, 4 * mm),
        para("Dengan hormat,"),
        para(f"Bersama ini {escape(office_name)} memberitahukan kegagalan pelindungan data pribadi peserta Jaminan "
             "Sosial Ketenagakerjaan yang dibiayai APBD Kota Batam, sebagaimana dimaksud Undang-Undang Nomor 27 "
             "Tahun 2022 tentang Pelindungan Data Pribadi Pasal 46 ayat (2):"),
        para("1. Data pribadi yang terungkap", st.heading), fields(who, label_mm=28),
        para("Jenis data: " + escape("; ".join(data_kinds)) + "."),
        para("2. Kapan dan bagaimana data terungkap", st.heading), _bullets(how),
        para("3. Upaya penanganan dan pemulihan", st.heading),
        para("Centang yang sudah dilakukan sebelum surat ini ditandatangani:", st.small),
        _bullets(MEASURES[found.incident], mark="\u2610"),
        Spacer(1, 3 * mm), _deadline_box(found, made_at), Spacer(1, 2 * mm),
        para("Sesuai Pasal 46 ayat (1), Dinas Tenaga Kerja selaku pengendali data pribadi memberitahukan kegagalan "
             "ini secara tertulis kepada setiap orang yang terdampak dan kepada lembaga penyelenggara pelindungan "
             "data pribadi dalam batas waktu di atas.", st.small),
        Spacer(1, 4 * mm),
        KeepTogether([para("Demikian pemberitahuan ini kami sampaikan. Atas perhatian Bapak/Ibu kami ucapkan terima "
                           "kasih."), Spacer(1, 4 * mm), para(f"Lurah {escape(office_name.removeprefix('Kelurahan '))},"),
                      Spacer(1, 18 * mm), para("( .................................................. )"),
                      para("NIP ..................................")]),
    ]
    return build(path, story, title="Pemberitahuan kegagalan pelindungan data pribadi",
                 footer=f"Pemberitahuan kegagalan pelindungan data pribadi · {office_name} · dibuat "
                        f"{made_at.astimezone():%d-%m-%Y %H:%M}")


def write_people_list(path: Path, found: Any, *, office_name: str) -> Path:
    headers = ["ID peserta", "NIK", "Nama", "Alamat", "RT", "RW", "Nomor HP", "Ahli waris", "Keterangan"]
    rows = [[p["id"], p.get("nik") or "", p.get("full_name") or "", p.get("address") or "", p.get("rt") or "",
             p.get("rw") or "", p.get("phone") or "", p.get("heirs") or 0, "dihapus" if p.get("deleted_at") else ""]
            for p in found.people]
    subtitle = (f"{office_name} · {found.source} · diketahui {_when(found.discovered_at)} · batas pemberitahuan "
                f"{_when(found.deadline)}. RAHASIA: berisi data pribadi, kirim hanya lewat jalur yang aman.")
    return write_xlsx(path, title="Daftar orang yang datanya terungkap", subtitle=subtitle, headers=headers,
                      rows=rows, text_columns=[1, 4, 5, 6], sheet="Terdampak")
