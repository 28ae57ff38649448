"""The hub's results in words for the city-office operator (Bahasa Indonesia); NIKs are masked on screen."""

from __future__ import annotations

from typing import Any

from jamsos_desktop.domain.nik import mask
from jamsos_desktop.hub.activity import NEVER_SENT, NO_DEVICE, SENDING, SILENT, Activity
from jamsos_desktop.hub.devices import Device, kelurahan_name
from jamsos_desktop.hub.importer import BundleReport, ImportReport
from jamsos_desktop.hub.kpj import KpjReport
from jamsos_desktop.hub.outcome import ChangeNote
from jamsos_desktop.hub.receipts import IssuedReceipt
from jamsos_desktop.hub.report import HubReport


def _who(note: ChangeNote) -> str:
    nik = mask(note.nik) if len(note.nik) == 16 else (note.nik or "-")
    return f"perubahan nomor {note.seq} (NIK {nik}, {note.name or 'tanpa nama'})"


def bundle_lines(b: BundleReport) -> list[str]:
    if b.status == "refused":
        return [f"{b.source}: DITOLAK - {b.message}"]
    head = f"{b.source}: {b.office}, perubahan nomor {b.seq_from}-{b.seq_to}"
    if b.status == "replay":
        return [f"{head}: {b.message}."]
    r = b.result
    parts = [f"{r.accepted} diterima"]
    for count, words in ((r.deleted, "dihapus"), (len(r.rejected), "ditolak"),
                         (len(r.forbidden), "ditolak demi keamanan"), (len(r.duplicates), "ganda"),
                         (r.older, "versi lama (tidak menimpa)"), (r.already, "sudah diterima sebelumnya"),
                         (len(r.conflicts), "bentrok nomor urut"), (len(r.purged), "data pribadi dimusnahkan"),
                         (r.revoked, "pemberitahuan kartu dicabut")):
        if count:
            parts.append(f"{count} {words}")
    lines = [f"{head}: {', '.join(parts)}."]
    if b.message:
        lines.append(f"  catatan: {b.message}.")
    lines += [f"  ditolak: {_who(n)}: {n.text}" for n in r.rejected]
    lines += [f"  KEAMANAN: {_who(n)}: {n.text} (dicatat sebagai peristiwa keamanan)" for n in r.forbidden]
    lines += [f"  ganda: {_who(n)}: {n.text}; masuk daftar tinjauan." for n in r.duplicates]
    lines += [f"  bentrok: {_who(n)}: {n.text}" for n in r.conflicts]
    return lines


def import_lines(report: ImportReport) -> list[str]:
    lines: list[str] = []
    for b in report.bundles:
        lines += bundle_lines(b)
    lines += report.skipped
    lines += report.gaps
    lines += [f"Tidak ada bundle perubahan (.jamsos) di {folder}. Periksa bahwa flashdisk yang benar terpasang dan "
              "bahwa kantor kelurahan sudah mengekspor datanya ke flashdisk itu (menu Kirim Data)."
              for folder in report.empty_folders]
    if not report.bundles:
        return lines
    totals = report.totals()
    lines.append(f"Jumlah: {totals['imported']} bundle diimpor, {totals['replay']} sudah pernah diterima, "
                 f"{totals['refused']} ditolak; {totals['accepted']} perubahan diterima, {totals['rejected']} "
                 f"ditolak, {totals['duplicates']} ganda.")
    if report.dry_run:
        lines.append("UJI COBA (--dry-run): tidak ada yang disimpan. Jalankan tanpa --dry-run untuk mengimpor.")
    return lines


def device_line(d: Device, seen: Activity) -> str:
    sent = (f"bundle terakhir {seen.last_received_at:%Y-%m-%d %H:%M} UTC lewat "
            f"{'HTTP' if seen.last_source == 'http' else 'flashdisk'}, {seen.bundles} bundle"
            if seen.last_received_at else "belum pernah mengirim bundle")
    return (f"{d.device_id}  {d.kelurahan_code} {d.kelurahan_name:<20} {d.office_name}  versi {seen.app_version}, "
            f"{sent}" + ("" if d.active else f"  (DICABUT {d.revoked_at:%d-%m-%Y}: {d.revoked_reason or '-'})"
                                         if d.revoked_at else "  (DICABUT)"))


def receipt_lines(issued: list[IssuedReceipt], online: list[Device]) -> list[str]:
    lines = [f"Kelurahan {d.kelurahan_name} ({d.device_id}): mengirim lewat HTTP; aplikasi kantornya mengambil "
             "tanda terima sendiri, jadi tidak ditulis ke flashdisk." for d in online]
    if online:
        lines.append("  (Jaringan kantor itu putus lama? Ulangi dengan --include-online dan bawa berkasnya.)")
    if not issued:
        return lines + ["Tidak ada tanda terima baru untuk dibawa lewat flashdisk: semua kantor "
                        + ("lain " if online else "") + "sudah mendapat jawaban terakhir."]
    for r in issued:
        v = r.verdicts
        if r.again:
            lines.append(f"Kelurahan {kelurahan_name(r.kelurahan_code)} ({r.device_id}): tanda terima ke-{r.number} "
                         f"ditulis lagi: kantor belum mengonfirmasi {r.participants} kabar KPJ/tanggungan di dalamnya.")
            continue
        lines.append(f"Kelurahan {kelurahan_name(r.kelurahan_code)} ({r.device_id}): tanda terima ke-{r.number}, "
                     f"{v.get('accepted', 0)} diterima, {v.get('rejected', 0)} ditolak, {v.get('duplicate', 0)} "
                     f"ganda, {r.participants} kabar KPJ/tanggungan.")
    lines.append(f"{len(issued)} tanda terima ditulis. Bawa ke kantor kelurahan masing-masing.")
    return lines


def kpj_lines(report: KpjReport, *, dry_run: bool) -> list[str]:
    lines = [f"{report.source}: {report.assigned} KPJ baru dicatat, {report.already} sudah tercatat, "
             f"{len(report.rejected)} ditolak BPJS (dikabarkan ke kantor kelurahan), "
             f"{len(report.unmatched)} tidak cocok, {len(report.invalid)} tidak sah, {len(report.conflicts)} bentrok."]
    for label, rows in (("ditolak BPJS", report.rejected), ("tidak cocok", report.unmatched),
                        ("tidak sah", report.invalid), ("bentrok", report.conflicts)):
        lines += [f"  baris {r.row} ({label}): NIK {mask(r.nik) if len(r.nik) == 16 else r.nik or '-'}, "
                  f"KPJ {r.kpj or '-'}: {r.message}" for r in rows]
    if dry_run:
        lines.append("UJI COBA (--dry-run): tidak ada yang disimpan.")
    return lines


def _num(value: int) -> str:
    return f"{value:,}".replace(",", ".")  # Indonesian thousands: 24.300


def report_lines(r: HubReport) -> list[str]:
    percent = f"{r.quota_percent:.1f}".replace(".", ",")
    lines = [f"Laporan kepesertaan per {r.generated_at} UTC",
             f"Peserta aktif: {_num(r.total)} dari kuota {_num(r.quota)} ({percent}%); ber-KPJ {_num(r.with_kpj)}, "
             f"menunggu KPJ dari BPJS {_num(r.sent_to_bpjs)}, belum dikirim ke BPJS {_num(r.not_sent)}.",
             "", "Per kecamatan:"]
    for kec in r.per_kecamatan:
        lines.append(f"  {kec['name']:<16} {kec['count']:>6}  (ber-KPJ {kec['with_kpj']})")
    lines += ["", "Per kelurahan:"]
    lines += [f"  {k['kecamatan']:<16} {k['name']:<22} {k['count']:>6}" for k in r.per_kelurahan]
    lines += ["", "Per kategori:"]
    lines += [f"  {c['label']:<42} {c['count']:>6}" for c in r.per_category]
    lines += ["", f"NIK ganda menunggu tinjauan: {len(r.pending_duplicates)}"]
    lines += [f"  #{d['id']} NIK {d['nik_masked']} {d['full_name']}: didaftarkan Kelurahan {d['kelurahan']}, sudah "
              f"terdaftar di Kelurahan {d['first_kelurahan']}" for d in r.pending_duplicates]
    lines += [""] + sending_lines(r.kelurahan_states, silent_days=r.silent_days)
    if r.security_events:
        lines += ["", f"Peristiwa keamanan, {r.security_days} hari terakhir: {len(r.security_events)}"]
        lines += [f"  {e['words']}" for e in r.security_events]
    if r.gaps:
        lines += ["", "Perubahan yang belum diterima:"] + [f"  {g}" for g in r.gaps]
    return lines


def state_words(k: dict[str, Any]) -> str:
    """One kelurahan's sending state in words (text report and HTML page)."""
    if k["state"] == NO_DEVICE:
        return "belum ada perangkat terdaftar"
    if k["state"] == NEVER_SENT:
        return f"BELUM PERNAH MENGIRIM (perangkat terdaftar {k['enrolled_at'][:10]})"
    ago = "hari ini" if k["days"] == 0 else f"{k['days']} hari lalu"
    return ("DIAM: " if k["state"] == SILENT else "") + f"bundle terakhir {k['last_bundle_at'][:10]} ({ago})"


def sending_lines(states: list[dict[str, Any]], *, silent_days: int) -> list[str]:
    """Every kelurahan with the state of its sending, after a summary that says what to do."""
    count = {state: sum(k["state"] == state for k in states) for state in (SENDING, SILENT, NEVER_SENT, NO_DEVICE)}
    lines = [f"Kiriman kantor kelurahan ({len(states)}): {count[SENDING]} mengirim dalam {silent_days} hari "
             f"terakhir, {count[SILENT]} diam lebih dari {silent_days} hari, {count[NEVER_SENT]} terdaftar tetapi "
             f"belum pernah mengirim, {count[NO_DEVICE]} belum punya perangkat terdaftar."]
    if count[SILENT] or count[NEVER_SENT]:
        lines.append("  Hubungi kantor yang DIAM atau BELUM PERNAH MENGIRIM: minta mereka mengekspor data ke "
                     "flashdisk (menu Kirim Data) atau memeriksa alamat hub.")
    if count[NO_DEVICE]:
        lines.append("  Kelurahan tanpa perangkat terdaftar: minta kantornya mengirim berkas pendaftaran perangkat, "
                     "lalu daftarkan dengan 'jamsos-hub enrol'.")
    lines += [f"  {k['kecamatan']:<16} {k['name']:<22} {state_words(k)}" for k in states]
    return lines
