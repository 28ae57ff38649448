"""The coverage report as one self-contained HTML page (GET /report and `report --html`); no scripts, no CDN."""

from __future__ import annotations

from html import escape

from jamsos_desktop.hub.report import HubReport
from jamsos_desktop.hub.text import state_words

_STYLE = """body{font-family:'DejaVu Sans',Arial,sans-serif;margin:2em;color:#1d2b36}h1{font-size:1.4em}
table{border-collapse:collapse;margin:.5em 0 1.5em}td,th{border:1px solid #c9d3dc;padding:.25em .6em}
th{background:#dde7f0;text-align:left}td.n{text-align:right}.bar{background:#3a7ca5;height:1em}
.muted{color:#607080}"""


def _num(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def _table(headers: list[str], rows: list[list[str]], numeric: set[int]) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td class='n'>{c}</td>" if i in numeric else f"<td>{c}</td>"
                                    for i, c in enumerate(row)) + "</tr>" for row in rows)
    return f"<table><tr>{head}</tr>{body}</table>"


def render_html(r: HubReport) -> str:
    width = min(100.0, r.quota_percent)
    parts = [
        "<h1>Kepesertaan Jaminan Sosial Ketenagakerjaan APBD Kota Batam</h1>",
        f"<p class='muted'>Per {escape(r.generated_at)} UTC</p>",
        f"<p><b>{_num(r.total)}</b> peserta aktif dari kuota <b>{_num(r.quota)}</b> ({r.quota_percent}%)</p>",
        f"<div style='width:30em;border:1px solid #c9d3dc'><div class='bar' style='width:{width}%'></div></div>",
        f"<p>Ber-KPJ {_num(r.with_kpj)} &middot; menunggu KPJ dari BPJS {_num(r.sent_to_bpjs)} &middot; belum "
        f"dikirim ke BPJS {_num(r.not_sent)}</p>",
        "<h2>Per kecamatan</h2>",
        _table(["Kecamatan", "Peserta", "Ber-KPJ"],
               [[escape(k["name"]), _num(k["count"]), _num(k["with_kpj"])] for k in r.per_kecamatan], {1, 2}),
        "<h2>Per kelurahan</h2>",
        _table(["Kecamatan", "Kelurahan", "Peserta", "Ber-KPJ"],
               [[escape(k["kecamatan"]), escape(k["name"]), _num(k["count"]), _num(k["with_kpj"])]
                for k in r.per_kelurahan], {2, 3}),
        "<h2>Per kategori</h2>",
        _table(["Kategori", "Peserta"], [[escape(c["label"]), _num(c["count"])] for c in r.per_category], {1}),
        f"<h2>NIK ganda menunggu tinjauan ({len(r.pending_duplicates)})</h2>",
        _table(["#", "NIK", "Nama", "Didaftarkan oleh", "Sudah terdaftar di", "Sejak"],
               [[str(d["id"]), escape(d["nik_masked"]), escape(d["full_name"]), escape(d["kelurahan"]),
                 escape(d["first_kelurahan"]), escape(d["since"])] for d in r.pending_duplicates], set()),
        f"<h2>Perangkat yang diam lebih dari {r.silent_days} hari atau belum pernah mengirim "
        f"({len(r.silent_offices)})</h2>",
        _table(["Kelurahan", "Kantor", "Bundle terakhir", "Hari"],
               [[escape(s["kelurahan"]), escape(s["office_name"]), escape(s["last_bundle_at"] or "belum pernah"),
                 str(s["days"])] for s in r.silent_offices], {3}),
        "<h2>Kiriman per kelurahan</h2>",
        _table(["Kecamatan", "Kelurahan", "Perangkat", "Keadaan"],
               [[escape(k["kecamatan"]), escape(k["name"]), str(k["devices"]), escape(state_words(k))]
                for k in r.kelurahan_states], {2}),
    ]
    if r.security_events:
        parts.append(f"<h2>Peristiwa keamanan, {r.security_days} hari terakhir ({len(r.security_events)})</h2><ul>"
                     + "".join(f"<li>{escape(e['words'])}</li>" for e in r.security_events) + "</ul>")
    if r.gaps:
        parts.append("<h2>Perubahan yang belum diterima</h2><ul>" + "".join(f"<li>{escape(g)}</li>" for g in r.gaps)
                     + "</ul>")
    return (f"<!DOCTYPE html><html lang='id'><head><meta charset='utf-8'><title>Laporan Jamsos Batam</title>"
            f"<style>{_STYLE}</style></head><body>{''.join(parts)}</body></html>")
