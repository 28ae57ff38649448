"""`jamsos-hub` commands of the programme's life-cycle: funded periods (`period open`, `period list`), the quota
and its waiting list (`quota`), one person's status and months (`person`), deactivation (`deactivate`), a move
to another kelurahan that keeps the KPJ (`transfer`), and the reconciliation of BPJS's monthly bill (`import-bill`).
Each change is entered in the hub audit under the local operator (JAMSOS_HUB_OPERATOR).
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from jamsos_desktop.hub.cli_commands import UsageError, _emit, _hub
from jamsos_desktop.hub.devices import kelurahan_name
from jamsos_desktop.hub.programme import OPERATOR_REASONS


def _number(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def rupiah(value: int | None) -> str:
    return "Rp" + _number(value or 0)


def period_open(args: argparse.Namespace) -> int:
    opened = _hub(args).programme.open_period(args.month, n_months=args.months, quota_=args.quota,
                                              budget=args.budget)
    p = opened.period
    lines = [f"Periode {p.month_from} s.d. {p.month_to} dibuka: kuota {_number(p.quota)} orang"
             + (f", anggaran {rupiah(p.budget)}." if p.budget is not None else "."),
             f"Tanggungan diperpanjang untuk {_number(opened.renewed)} peserta ber-KPJ ({_number(opened.months_added)} "
             "bulan-orang di buku bulanan).",
             *(f"  {month}: {rupiah(amount)}" for month, amount in opened.amount_per_month.items())]
    if opened.over_age:
        lines.append(f"{_number(len(opened.over_age))} peserta melewati batas usia dan dinonaktifkan mulai "
                     f"{p.month_from}.")
    lines.append(f"Daftar tunggu kuota: {_number(opened.waiting)} orang (dikirim ke BPJS pada ekspor berikutnya bila "
                 "ada tempat).")
    _emit(args, opened.to_dict(), lines)
    return 0


def period_list(args: argparse.Namespace) -> int:
    found = _hub(args).programme.periods()
    _emit(args, [p.to_dict() for p in found],
          [f"{p.month_from} s.d. {p.month_to}  kuota {_number(p.quota)}"
           + (f"  anggaran {rupiah(p.budget)}" if p.budget is not None else "") + f"  dibuka {p.opened_by}"
           for p in found] or ["Belum ada periode pendanaan; kuota dari pengaturan 'quota'."])
    return 0


def show_quota(args: argparse.Namespace) -> int:
    q = _hub(args).programme.quota(limit=args.limit)
    lines = [f"Kuota {_number(q['quota'])} orang" + (f" (periode {q['period']})" if q["period"] else "")
             + f": {_number(q['held'])} mendapat tempat, {_number(q['free'])} tempat kosong.",
             f"Daftar tunggu: {_number(q['waiting'])} orang; {_number(q['next'])} ikut di daftar BPJS berikutnya.",
             *(f"  Jatah Kelurahan {kelurahan_name(code)}: {_number(a['places'])} tempat, {_number(a['held'])} terisi."
               for code, a in q["allocation"].items()),
             *(f"  {w['place']:>5}. {w['nik']}  {w['full_name']:<30} {w['kelurahan']:<20} diterima {w['accepted_at']}"
               for w in q["line"])]
    _emit(args, q, lines)
    return 0


def show_person(args: argparse.Namespace) -> int:
    person = _hub(args).programme.person(args.nik)
    lines = [f"{person['full_name']} (Kelurahan {person['kelurahan']}): {person['status_label']}",
             *(f"  {m['month']}  {'ditanggung' if m['covered'] else 'tidak ditanggung'}  {rupiah(m['amount'])}"
               + (f"  ({m['note']})" if m["note"] else "") for m in person["months"])]
    _emit(args, person, lines)
    return 0


def deactivate(args: argparse.Namespace) -> int:
    try:
        on = dt.date.fromisoformat(args.date)
    except ValueError:
        raise UsageError("Tanggal harus ditulis TTTT-BB-HH, misalnya 2027-01-20.") from None
    first = _hub(args).programme.deactivate(args.nik, args.reason, on=on, note=args.note)
    _emit(args, {"nik": args.nik, "reason": args.reason, "from": first},
          [f"Peserta dinonaktifkan: tidak ditanggung lagi mulai bulan {first}. Tempatnya dalam kuota diberikan "
           "kepada urutan berikutnya pada ekspor BPJS berikutnya."])
    return 0


def transfer(args: argparse.Namespace) -> int:
    done = _hub(args).programme.transfer(nik=args.nik, to_kelurahan=args.to, reason=args.reason)
    names = done.to_dict()
    lines = [f"Peserta dipindahkan dari Kelurahan {names['from_kelurahan_name']} ke Kelurahan "
             f"{names['to_kelurahan_name']}" + (f" dengan KPJ {done.kpj_number}." if done.kpj_number else "."),
             "Kedua kantor kelurahan diberi tahu pada tanda terima berikutnya; tanggungan mulai bulan depan dihitung "
             "untuk kelurahan tujuan."]
    if done.kpj_number:
        lines.append("Perubahan alamat ikut di daftar BPJS berikutnya (bukan pendaftaran baru).")
    _emit(args, names, lines)
    return 0


def import_bill(args: argparse.Namespace) -> int:
    mapping = Path(args.mapping) if args.mapping else None
    report = _hub(args).programme.reconcile_bill(Path(args.file), month=args.month, mapping=mapping)
    lines = [f"Tagihan BPJS {report.source} bulan {report.month}: {_number(report.billed_rows)} baris, "
             f"{rupiah(report.billed_amount)}. Buku bulanan hub: {_number(report.ledger_people)} orang, "
             f"{rupiah(report.ledger_amount)}. Selisih {rupiah(abs(report.difference))}"
             + (" (tagihan lebih besar)." if report.difference > 0 else " (tagihan lebih kecil)."
                if report.difference < 0 else "."),
             f"Cocok: {_number(report.matched)} orang."]
    for title, found in (("Ditagih tetapi tidak ditanggung kota", report.not_registered),
                         ("Ditanggung kota tetapi tidak ditagih", report.not_billed),
                         ("Jumlah berbeda atau ditagih dua kali", report.differences),
                         ("Baris tidak terbaca", report.invalid)):
        if found:
            lines.append(f"{title}: {_number(len(found))}")
            lines += [f"  {('baris ' + str(x.row)) if x.row else '-':<10} {x.nik or x.kpj:<16} {x.name[:28]:<28} "
                      f"{x.message}" for x in found[:args.limit]]
            if len(found) > args.limit:
                lines.append(f"  ... dan {_number(len(found) - args.limit)} lagi (lihat --json).")
    _emit(args, report.to_dict(), lines)
    return 0


def register(sub: argparse._SubParsersAction) -> list[argparse.ArgumentParser]:  # type: ignore[type-arg]
    """Add the commands to `sub`; returns the nested ones (`period open`, `period list`)."""
    p = sub.add_parser("period", help="periode pendanaan (tahap): buka atau lihat")
    inner = p.add_subparsers(dest="period_command", required=True)
    o = inner.add_parser("open", help="buka periode dan perpanjang tanggungan peserta yang masih berhak")
    o.add_argument("month", metavar="TTTT-BB", help="bulan pertama, misalnya 2027-01")
    o.add_argument("--months", type=int, default=6, help="lama periode dalam bulan (bawaan 6)")
    o.add_argument("--quota", type=int, help="kuota orang yang dibiayai (bawaan: kuota yang berlaku)")
    o.add_argument("--budget", type=int, help="anggaran rupiah periode ini, tanpa titik")
    o.set_defaults(func=period_open)
    ls = inner.add_parser("list", help="periode yang sudah dibuka")
    ls.set_defaults(func=period_list)
    p = sub.add_parser("quota", help="kuota, tempat terisi dan daftar tunggu berurutan")
    p.add_argument("--limit", type=int, default=50, help="berapa orang pertama daftar tunggu yang ditampilkan")
    p.set_defaults(func=show_quota)
    p = sub.add_parser("person", help="status dan bulan tanggungan satu peserta (menurut NIK)")
    p.add_argument("nik")
    p.set_defaults(func=show_person)
    p = sub.add_parser("deactivate", help="nonaktifkan peserta (meninggal, pindah ke luar Batam, ...)")
    p.add_argument("nik")
    p.add_argument("--reason", required=True, choices=OPERATOR_REASONS)
    p.add_argument("--date", required=True, metavar="TTTT-BB-HH", help="tanggal peristiwa (misalnya tanggal wafat)")
    p.add_argument("--note", required=True, help="keterangan, misalnya nomor surat keterangan kematian")
    p.set_defaults(func=deactivate)
    p = sub.add_parser("transfer", help="pindahkan peserta ke kelurahan lain (KPJ dan tanggungan ikut)")
    p.add_argument("nik")
    p.add_argument("--to", required=True, metavar="KELURAHAN", help="kelurahan tujuan (nama atau kode)")
    p.add_argument("--reason", required=True, help="alasan, misalnya nomor surat keterangan pindah")
    p.set_defaults(func=transfer)
    p = sub.add_parser("import-bill", help="cocokkan tagihan iuran BPJS satu bulan dengan buku bulanan hub")
    p.add_argument("file", help="tagihan BPJS (.xlsx atau .csv) dengan kolom NIK atau KPJ dan kolom iuran")
    p.add_argument("--month", required=True, metavar="TTTT-BB", help="bulan tagihan, misalnya 2027-01")
    p.add_argument("--mapping", metavar="FILE.json", help='nama kolom lain: {"JUDUL DI BERKAS": "nik", ...}')
    p.add_argument("--limit", type=int, default=20, help="baris yang ditampilkan per kelompok (bawaan 20)")
    p.set_defaults(func=import_bill)
    return [o, ls]
