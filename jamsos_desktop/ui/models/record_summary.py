"""One participant record as a short read-only page (HTML) for checking it against the KTP: the approval pane.

Labels are the record's own field labels; codes are shown as their words (category, sex, marital status,
relationship). Only the fields that have a value are listed. Technical ids go last, under "Rincian teknis".
"""

from __future__ import annotations

import datetime as dt
import html
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from jamsos_desktop.domain.categories import default_categories
from jamsos_desktop.domain.registry import FIELD_LABELS, FIELDS, MARITAL_STATUSES, RELATIONSHIPS
from jamsos_desktop.domain.wilayah import batam

translate = QCoreApplication.translate
SEXES = {"L": "Laki-laki", "P": "Perempuan"}


def _date(value: Any) -> str:
    try:
        day = dt.date.fromisoformat(str(value))
    except ValueError:
        return str(value or "")
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


def _rows(record: dict[str, Any]) -> list[tuple[str, str]]:
    cats = default_categories()
    category = cats.get(record.get("category") or "")
    kel = batam().kelurahan_by_code(record.get("kelurahan_code") or "")
    birth = ", ".join(v for v in (record.get("birth_place") or "", _date(record.get("birth_date"))) if v)
    rt_rw = f"RT {record.get('rt') or '-'} / RW {record.get('rw') or '-'}"
    rows = [
        ("NIK", record.get("nik") or ""),
        (FIELD_LABELS["kk_number"], record.get("kk_number") or ""),
        (FIELD_LABELS["full_name"], record.get("full_name") or ""),
        (translate("record_summary", "Tempat, tanggal lahir"), birth),
        (FIELD_LABELS["sex"], SEXES.get(record.get("sex") or "", record.get("sex") or "")),
        (FIELD_LABELS["mother_name"], record.get("mother_name") or ""),
        (FIELD_LABELS["marital_status"], MARITAL_STATUSES.get(record.get("marital_status") or "", "")),
        (FIELD_LABELS["address"], f"{record.get('address') or ''}, {rt_rw}"),
        (FIELD_LABELS["kelurahan_code"], f"{kel.name}, Kec. {kel.kecamatan.name}" if kel else ""),
        (FIELD_LABELS["category"], category.label if category else record.get("category") or ""),
    ]
    rows += [(spec.label, str(record.get(spec.name) or "")) for spec in FIELDS if spec.category_extra]
    rows += [(FIELD_LABELS["phone"], record.get("phone") or ""), (FIELD_LABELS["email"], record.get("email") or ""),
             (FIELD_LABELS["job"], record.get("job") or ""),
             (FIELD_LABELS["programs"], ", ".join(record.get("programs") or []))]
    for i, ben in enumerate(record.get("beneficiaries") or [], 1):
        relation = RELATIONSHIPS.get(ben.get("relationship") or "", ben.get("relationship") or "")
        rows.append((translate("record_summary", "Ahli waris {n}").format(n=i),
                     ", ".join(v for v in (ben.get("name") or "", relation, ben.get("phone") or "") if v)))
    return [(label, value) for label, value in rows if str(value).strip()]


def record_html(record: dict[str, Any]) -> str:
    body = "".join(f"<tr><td style='color:#4d5c5f; padding-right:10px'>{html.escape(label)}</td>"
                   f"<td><b>{html.escape(str(value))}</b></td></tr>" for label, value in _rows(record))
    technical = translate("record_summary", "Rincian teknis: ID data {id}, revisi {rev}").format(
        id=html.escape(str(record.get("id") or "")), rev=record.get("revision", ""))
    return (f"<table cellspacing='0' cellpadding='2'>{body}</table>"
            f"<p style='color:#6b7a7d; font-size:small'>{technical}</p>")
