"""The hub's results in words for the city-office operator (Bahasa Indonesia); NIKs are masked on screen."""

from __future__ import annotations

from jamsos_desktop.domain.nik import mask
from jamsos_desktop.hub.devices import kelurahan_name
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
                         (len(r.conflicts), "bentrok nomor urut")):
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


def receipt_lines(issued: list[IssuedReceipt]) -> list[str]:
    if not issued:
        return ["Tidak ada tanda terima baru: semua kantor sudah mendapat jawaban terakhir."]
    lines = []
    for r in issued:
        v = r.verdicts
        if r.again:
            lines.append(f"Kelurahan {kelurahan_name(r.kelurahan_code)} ({r.device_id}): tanda terima ke-{r.number} "
                         f"ditulis lagi: kantor belum mengonfirmasi {r.participants} kabar KPJ/tanggungan di dalamnya.")
            continue
        lines.append(f"Kelurahan {kelurahan_name(r.kelurahan_code)} ({r.device_id}): tanda terima ke-{r.number}, "
                     f"{v.get('accepted', 0)} diterima, {v.get('rejected', 0)} ditolak, {v.get('duplicate', 0)} "
                     f"ganda, {r.participants} kabar KPJ/tanggungan.")
    lines.append(f"{len(issued)} tanda terima ditulis. Bawa ke kantor kelurahan masing-masing (atau kantor daring "
                 "mengambilnya sendiri lewat HTTP).")
    return lines


def kpj_lines(report: KpjReport, *, dry_run: bool) -> list[str]:
    lines = [f"{report.source}: {report.assigned} KPJ baru dicatat, {report.already} sudah tercatat, "
             f"{len(report.unmatched)} tidak cocok, {len(report.invalid)} tidak sah, {len(report.conflicts)} bentrok."]
    for label, rows in (("tidak cocok", report.unmatched), ("tidak sah", report.invalid),
                        ("bentrok", report.conflicts)):
        lines += [f"  baris {r.row} ({label}): NIK {mask(r.nik) if len(r.nik) == 16 else r.nik or '-'}, "
                  f"KPJ {r.kpj or '-'}: {r.message}" for r in rows]
    if dry_run:
        lines.append("UJI COBA (--dry-run): tidak ada yang disimpan.")
    return lines


def report_lines(r: HubReport) -> list[str]:
    lines = [f"Laporan kepesertaan per {r.generated_at} UTC",
             f"Peserta aktif: {r.total:,} dari kuota {r.quota:,} ({r.quota_percent}%); ber-KPJ {r.with_kpj:,}, "
             f"menunggu KPJ dari BPJS {r.sent_to_bpjs:,}, belum dikirim ke BPJS {r.not_sent:,}.".replace(",", "."),
             "", "Per kecamatan:"]
    for kec in r.per_kecamatan:
        lines.append(f"  {kec['name']:<16} {kec['count']:>6}  (ber-KPJ {kec['with_kpj']})")
    lines += ["", "Per kelurahan:"]
    lines += [f"  {k['kecamatan']:<14} {k['name']:<22} {k['count']:>6}" for k in r.per_kelurahan]
    lines += ["", "Per kategori:"]
    lines += [f"  {c['label']:<42} {c['count']:>6}" for c in r.per_category]
    lines += ["", f"NIK ganda menunggu tinjauan: {len(r.pending_duplicates)}"]
    lines += [f"  #{d['id']} NIK {d['nik_masked']} {d['full_name']}: didaftarkan Kelurahan {d['kelurahan']}, sudah "
              f"terdaftar di Kelurahan {d['first_kelurahan']}" for d in r.pending_duplicates]
    lines += ["", f"Kantor yang tidak mengirim bundle lebih dari {r.silent_days} hari: {len(r.silent_offices)}"]
    lines += [f"  Kelurahan {s['kelurahan']} ({s['office_name']}): "
              + (f"terakhir {s['last_bundle_at']} ({s['days']} hari)" if s["last_bundle_at"] else "belum pernah mengirim")
              for s in r.silent_offices]
    if r.security_events:
        lines += ["", f"Peristiwa keamanan, {r.security_days} hari terakhir: {len(r.security_events)}"]
        lines += [f"  {e['words']}" for e in r.security_events]
    if r.gaps:
        lines += ["", "Perubahan yang belum diterima:"] + [f"  {g}" for g in r.gaps]
    return lines
