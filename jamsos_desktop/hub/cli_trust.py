"""`jamsos-hub` commands about trust: revoke and reinstate devices, check and read the hub audit, security events,
and serving the API (TLS, upload limits, operator pages).

The command line acts as a local hub operator: JAMSOS_HUB_OPERATOR names them, else the operating-system user
(hub/audit.py); every state change it makes is recorded in the hub audit under that name.
"""

from __future__ import annotations

import argparse
import ipaddress
import sys
from pathlib import Path

from jamsos_desktop.hub.cli_commands import UsageError, _emit, _hub
from jamsos_desktop.hub.report import SECURITY_DAYS

LOOPBACK_NAMES = ("localhost",)


def revoke(args: argparse.Namespace) -> int:
    device = _hub(args).revoke(args.device_id, reason=args.reason)
    _emit(args, {"device_id": device.device_id, "active": False},
          [f"Perangkat {device.device_id} (Kelurahan {device.kelurahan_name}) dicabut: bundle dan permintaannya "
           "ditolak, dan berkas pendaftarannya tidak bisa mengaktifkannya lagi."])
    return 0


def reinstate(args: argparse.Namespace) -> int:
    device = _hub(args).reinstate(args.device_id, reason=args.reason)
    _emit(args, {"device_id": device.device_id, "active": True},
          [f"Perangkat {device.device_id} (Kelurahan {device.kelurahan_name}) dipulihkan. Alasan dicatat di audit "
           "hub."])
    return 0


def check(args: argparse.Namespace) -> int:
    hub = _hub(args)
    result = hub.check()
    breaks = hub.anchors.breaks(days=SECURITY_DAYS)
    lines = ([f"Audit hub utuh: {result.count} catatan, sidik terakhir {result.head[:16]}. Catat sidik ini di "
              "tempat lain bila ingin dapat memeriksa bahwa tidak ada catatan terakhir yang dihapus."]
             if result.ok else [f"AUDIT HUB RUSAK: {result.problem} Laporkan ke pengelola sistem; jangan ubah apa pun "
                                "di basis data hub."])
    if breaks:
        lines.append(f"RIWAYAT AUDIT KANTOR TIDAK MENYAMBUNG ({len(breaks)} kali dalam {SECURITY_DAYS} hari terakhir; "
                     "datanya tetap diimpor). Periksa komputer kantor ini dan tanyakan apakah cadangan lama "
                     "dipulihkan:")
        lines += [f"  {e.words()}" for e in breaks]
    else:
        lines.append("Riwayat audit setiap kantor menyambung riwayat yang dicatat hub.")
    _emit(args, {"ok": result.ok and not breaks, "count": result.count, "head": result.head,
                 "problem": result.problem, "audit_history_breaks": [e.to_dict() for e in breaks]}, lines)
    return 0 if result.ok and not breaks else 1


def show_audit(args: argparse.Namespace) -> int:
    found = _hub(args).audit_entries(limit=args.limit, action=args.action)
    rows = [{"seq": e.seq, "at": e.at.isoformat(" "), "actor": e.actor, "action": e.action, "target": e.target,
             "detail": e.detail} for e in found]
    _emit(args, rows, [f"{r['seq']:>6} {r['at']} {r['actor']:<24} {r['action']:<12} {r['target'] or ''}"
                       for r in rows] or ["Belum ada catatan audit."])
    return 0


def security_events(args: argparse.Namespace) -> int:
    found = _hub(args).security_events(limit=args.limit)
    _emit(args, [e.to_dict() for e in found], [e.words() for e in found] or ["Tidak ada peristiwa keamanan."])
    return 0


def _loopback(host: str) -> bool:
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def serve(args: argparse.Namespace) -> int:
    import uvicorn

    from jamsos_desktop.hub.api import create_app
    from jamsos_desktop.hub.uploads import UploadLimits

    if bool(args.tls_cert) != bool(args.tls_key):
        raise UsageError("Beri --tls-cert dan --tls-key bersama-sama.")
    for option in (args.tls_cert, args.tls_key):
        if option and not Path(option).is_file():
            raise UsageError(f"Berkas {option} tidak ditemukan.")
    if args.operator_pages and not _loopback(args.host):
        raise UsageError("--operator-pages hanya boleh bersama --host 127.0.0.1 (atau ::1): laporan memuat nama "
                         "peserta dan belum ada login operator.")
    if args.upload_timeout <= 0 or args.max_uploads < 1:
        raise UsageError("--upload-timeout harus lebih dari 0 dan --max-uploads minimal 1.")
    hub = _hub(args)
    hub.keys  # noqa: B018 - fail now, not on the first upload, when the hub has no keys
    if not _loopback(args.host) and not args.tls_cert:
        print("PERINGATAN: API terbuka di jaringan tanpa TLS. Beri --tls-cert/--tls-key, atau pasang di belakang "
              "reverse proxy HTTPS (lihat docs/hub.md).", file=sys.stderr)
    limits = UploadLimits(idle_s=args.upload_timeout, grace_s=args.upload_timeout, max_uploads=args.max_uploads,
                          unsigned_uploads=max(1, args.max_uploads // 2))
    uvicorn.run(create_app(hub, operator_pages=args.operator_pages, limits=limits), host=args.host, port=args.port,
                log_level="info", ssl_certfile=args.tls_cert, ssl_keyfile=args.tls_key,
                ssl_keyfile_password=None, proxy_headers=args.behind_proxy, forwarded_allow_ips="127.0.0.1")
    return 0


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("revoke", help="cabut perangkat (misalnya komputer kantor dicuri)")
    p.add_argument("device_id")
    p.add_argument("--reason", help="alasan, dicatat di audit hub (misalnya 'laptop dicuri, laporan polisi ...')")
    p.set_defaults(func=revoke)
    p = sub.add_parser("reinstate", help="pulihkan perangkat yang dicabut (disengaja, dengan alasan, tercatat)")
    p.add_argument("device_id")
    p.add_argument("--reason", required=True, help="alasan pemulihan: siapa memeriksa komputer itu dan kapan")
    p.set_defaults(func=reinstate)
    p = sub.add_parser("check", help="periksa rantai audit hub")
    p.set_defaults(func=check)
    p = sub.add_parser("audit", help="catatan audit hub terbaru (siapa melakukan apa, kapan)")
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--action", help="hanya satu jenis tindakan, misalnya import, enrol, revoke")
    p.set_defaults(func=show_audit)
    p = sub.add_parser("security", help="peristiwa keamanan: apa yang dicoba kantor dan ditolak")
    p.add_argument("--limit", type=int, default=100)
    p.set_defaults(func=security_events)
    p = sub.add_parser("serve", help="jalankan API HTTP (FastAPI/uvicorn)")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8750)
    p.add_argument("--tls-cert", metavar="CERT.pem", help="sertifikat TLS (rantai lengkap) untuk HTTPS langsung")
    p.add_argument("--tls-key", metavar="KEY.pem", help="kunci privat sertifikat TLS")
    p.add_argument("--behind-proxy", action="store_true",
                   help="di belakang reverse proxy HTTPS di komputer yang sama (percayai X-Forwarded-*)")
    p.add_argument("--operator-pages", action="store_true",
                   help="buka /report, /api/v1/report dan /openapi.json untuk browser di komputer hub ini saja")
    p.add_argument("--upload-timeout", type=float, default=30.0,
                   help="detik tanpa data (dan masa awal) sebelum kiriman lambat diputus (bawaan 30)")
    p.add_argument("--max-uploads", type=int, default=4, help="kiriman yang diterima bersamaan (bawaan 4)")
    p.set_defaults(func=serve)
