"""The copy of everything the office holds about one participant (hak akses, UU PDP Pasal 7 and 32).

Rows in, PDF out: the record, heirs, coverage, cards, signed forms, what was sent to the city office and
when, and the processing record (who saw, changed or printed the data, and when). The service gathers the
rows; this module only lays them out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from jamsos_desktop.reports.document import RULE, WIDTH, build, fields, grid, letterhead, para, styles

CONFIDENTIAL = "RAHASIA: berisi data pribadi. Serahkan hanya kepada peserta yang bersangkutan."


@dataclass(frozen=True)
class DataCopy:
    office_name: str
    participant_id: str
    name: str
    made_at: dt.datetime
    made_by: str
    fields: Sequence[tuple[str, str]]  # the record as registered
    standing: Sequence[tuple[str, str]]  # status, KPJ, registered, last changed
    heirs: Sequence[Sequence[str]]
    coverage: Sequence[Sequence[str]]
    cards: Sequence[Sequence[str]]
    consent: Sequence[Sequence[str]]
    sent: Sequence[Sequence[str]]
    history: Sequence[Sequence[str]]


def _section(number: int, title: str, body: Flowable, note: str = "") -> list[Flowable]:
    st = styles()
    out: list[Flowable] = [para(f"{number}. {escape(title)}", st.heading)]
    if note:
        out.append(para(escape(note), st.small))
    out.append(body)
    return out


def _handover(copy: DataCopy) -> Flowable:
    st = styles()
    boxes = Table([[para("Diserahkan oleh petugas,"), para("Diterima oleh peserta,")],
                   [Spacer(1, 14 * mm), Spacer(1, 14 * mm)],
                   [para(f"( {escape(copy.made_by)} )"), para(f"( {escape(copy.name)} )")]],
                  colWidths=[WIDTH / 2, WIDTH / 2])
    boxes.setStyle(TableStyle([("LINEABOVE", (0, 2), (-1, 2), 0.3, RULE)]))
    return KeepTogether([para("Penyerahan", st.heading), para(
        "Data yang salah atau kurang dapat diperbaiki di kantor kelurahan dengan membawa KTP. Permintaan hapus "
        "atau penarikan persetujuan juga diajukan di sana."), Spacer(1, 2 * mm),
        para("Batam, tanggal ...................................."), Spacer(1, 2 * mm), boxes])


def write_data_copy(path: Path, copy: DataCopy) -> Path:
    st = styles()
    story: list[Flowable] = [
        letterhead(copy.office_name), Spacer(1, 3 * mm),
        para("SALINAN DATA PRIBADI PESERTA", st.title),
        para("Permintaan akses peserta (UU No. 27 Tahun 2022 tentang Pelindungan Data Pribadi, Pasal 7 dan 32)",
             st.subtitle),
        para(f"Dibuat {copy.made_at.astimezone():%d-%m-%Y %H:%M} oleh {escape(copy.made_by)} · ID peserta "
             f"{escape(copy.participant_id)}", st.subtitle), Spacer(1, 2 * mm),
    ]
    story += _section(1, "Data yang tercatat", fields(list(copy.fields) + list(copy.standing), label_mm=45))
    story += _section(2, "Ahli waris", grid(["Nama", "Hubungan", "Tanggal lahir", "Nomor HP"], copy.heirs,
                                            [70, 35, 34, WIDTH / mm - 139], empty="Tidak ada ahli waris tercatat."))
    story += _section(3, "Masa kepesertaan (dari Dinas Tenaga Kerja)",
                      grid(["Dari bulan", "Sampai bulan", "Sumber dana", "Tahun anggaran", "Iuran per bulan"],
                           copy.coverage, [28, 28, 52, 30, WIDTH / mm - 138],
                           empty="Belum ada masa kepesertaan yang ditetapkan."))
    story += _section(4, "Kartu peserta yang dicetak",
                      grid(["Nomor kartu", "Dicetak", "Oleh", "Keterangan", "Berlaku sampai"], copy.cards,
                           [38, 32, 36, 46, WIDTH / mm - 152], empty="Belum ada kartu yang dicetak."))
    story += _section(5, "Formulir persetujuan bertanda tangan",
                      grid(["Diterima tanggal", "Diterima oleh", "Dicatat", "Keterangan"], copy.consent,
                           [32, 36, 48, WIDTH / mm - 116], empty="Belum ada formulir bertanda tangan yang tercatat."))
    story += _section(6, "Pengiriman ke Dinas Tenaga Kerja Kota Batam", grid(
        ["Perubahan", "Dicatat", "Dikirim", "Lewat", "Jawaban Dinas"], copy.sent,
        [38, 32, 32, 30, WIDTH / mm - 132], empty="Data ini belum pernah dikirim ke Dinas."),
        note="Dinas meneruskan data peserta yang diterima kepada BPJS Ketenagakerjaan untuk pendaftaran.")
    story += _section(7, "Catatan pemrosesan (siapa melihat, mengubah atau mencetak data ini)", grid(
        ["Waktu", "Petugas", "Kegiatan", "Rincian"], copy.history, [32, 36, 42, WIDTH / mm - 110]))
    story.append(_handover(copy))
    return build(path, story, title="Salinan data pribadi peserta", confidential=CONFIDENTIAL,
                 footer=f"Salinan data pribadi · {copy.name} · ID {copy.participant_id} · dibuat "
                        f"{copy.made_at.astimezone():%d-%m-%Y %H:%M}")
