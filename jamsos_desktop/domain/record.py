"""The participant record: its fields, how typed values are normalised, and every rule it must pass.

`check_record(raw)` is the one entry point: it refuses unknown keys, normalises what people type (phone,
RT/RW, spacing), and returns the clean record plus every problem at once, each naming the field and the fix.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from jamsos_desktop.domain import nik as nik_rules
from jamsos_desktop.domain.categories import EXTRA_FIELD_LABELS, CategoryRules, default_categories
from jamsos_desktop.domain.numbers import is_email, is_kk, is_kpj, normalize_phone, normalize_rt_rw, parse_rupiah
from jamsos_desktop.domain.problems import Level, Problem
from jamsos_desktop.domain.tariffs import PROGRAMS, default_tariffs
from jamsos_desktop.domain.wilayah import Areas, batam

FIELD_LABELS: dict[str, str] = {
    "id": "ID",
    "nik": "NIK",
    "kk_number": "Nomor KK",
    "full_name": "Nama lengkap",
    "birth_place": "Tempat lahir",
    "birth_date": "Tanggal lahir",
    "sex": "Jenis kelamin",
    "mother_name": "Nama ibu kandung",
    "marital_status": "Status perkawinan",
    "address": "Alamat",
    "rt": "RT",
    "rw": "RW",
    "kelurahan_code": "Kelurahan",
    "phone": "Nomor HP",
    "email": "E-mail",
    "category": "Kategori",
    **EXTRA_FIELD_LABELS,
    "job": "Pekerjaan",
    "declared_income": "Penghasilan per bulan",
    "programs": "Program",
    "kpj_number": "Nomor KPJ",
    "status": "Status",
    "beneficiaries": "Ahli waris",
}
RECORD_FIELDS: tuple[str, ...] = tuple(FIELD_LABELS)
TEXT_FIELDS = (
    "kk_number", "full_name", "birth_place", "mother_name", "address", "email", "position", "sk_number",
    "posyandu_name", "company", "kusuka_number", "farmer_group", "job", "work_location",
)
BENEFICIARY_FIELDS = ("name", "relationship", "phone", "birth_date")
MARITAL_STATUSES = {"belum_kawin": "Belum kawin", "kawin": "Kawin", "cerai_hidup": "Cerai hidup",
                    "cerai_mati": "Cerai mati"}
RELATIONSHIPS = {"suami": "Suami", "istri": "Istri", "anak": "Anak", "orang_tua": "Orang tua",
                 "saudara": "Saudara kandung", "lainnya": "Lainnya"}
DELETE_REASONS = {"meninggal": "Meninggal dunia", "pindah": "Pindah domisili", "keluar": "Keluar program",
                  "salah_input": "Salah input"}
_NAME_OK = re.compile(r"^[A-Za-z\u00C0-\u024F .,'\-`]+$")


def _text(value: Any) -> str:
    """Trimmed, with runs of spaces folded (as typed text often has)."""
    if value is None:
        return ""
    text = value if isinstance(value, str) else str(value)
    if "  " in text or text != text.strip() or "\t" in text or "\n" in text:
        return " ".join(text.split())
    return text


def parse_date(value: Any) -> dt.date | None:
    """YYYY-MM-DD (the record format) or a date; None when empty. Raises ValueError when unreadable."""
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value).strip())


def age_on(birth: dt.date, on: dt.date) -> int:
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def _block(field: str, code: str, message: str) -> Problem:
    return Problem(field, Level.BLOCK, code, message)


def _warn(field: str, code: str, message: str) -> Problem:
    return Problem(field, Level.WARN, code, message)


def _normalize(raw: dict[str, Any], problems: list[Problem]) -> dict[str, Any]:
    rec: dict[str, Any] = {f: "" for f in RECORD_FIELDS}
    rec.update(programs=list(PROGRAMS), beneficiaries=[], declared_income=None, birth_date=None)
    for f in TEXT_FIELDS:
        rec[f] = _text(raw.get(f))
    rec["id"] = _text(raw.get("id"))
    rec["nik"] = nik_rules.clean(_text(raw.get("nik")))
    rec["full_name"] = rec["full_name"].upper()
    rec["mother_name"] = rec["mother_name"].upper()
    rec["sex"] = _text(raw.get("sex")).upper()
    rec["marital_status"] = _text(raw.get("marital_status")).lower()
    rec["category"] = _text(raw.get("category")).lower()
    rec["kelurahan_code"] = _text(raw.get("kelurahan_code"))
    rec["kpj_number"] = _text(raw.get("kpj_number"))
    rec["status"] = _text(raw.get("status"))
    try:
        rec["birth_date"] = parse_date(raw.get("birth_date"))
    except ValueError:
        problems.append(_block("birth_date", "date.format", "Tanggal lahir tidak terbaca: tulis sebagai TTTT-BB-HH, "
                                                            "misalnya 1980-05-12."))
    for f in ("rt", "rw"):
        value = raw.get(f)
        rec[f] = normalize_rt_rw(value) or _text(value)
    phone = _text(raw.get("phone"))
    rec["phone"] = normalize_phone(phone) or phone
    income = raw.get("declared_income")
    if income not in (None, ""):
        try:
            rec["declared_income"] = parse_rupiah(income)
        except ValueError:
            problems.append(_block("declared_income", "income.format",
                                   "Penghasilan harus angka rupiah tanpa titik, misalnya 1000000."))
    programs = raw.get("programs")
    if programs not in (None, ""):
        items = programs.split(",") if isinstance(programs, str) else list(programs)
        rec["programs"] = [str(p).strip().upper() for p in items if str(p).strip()]
    beneficiaries = raw.get("beneficiaries") or []
    if not isinstance(beneficiaries, list):
        problems.append(_block("beneficiaries", "beneficiaries.shape", "Ahli waris harus berupa daftar."))
        beneficiaries = []
    rec["beneficiaries"] = [_normalize_beneficiary(i, b, problems) for i, b in enumerate(beneficiaries, 1)]
    return rec


def _normalize_beneficiary(index: int, raw: Any, problems: list[Problem]) -> dict[str, Any]:
    field = f"beneficiaries[{index}]"
    if not isinstance(raw, dict):
        problems.append(_block(field, "beneficiary.shape", f"Ahli waris ke-{index} harus berisi nama dan hubungan."))
        return {f: "" for f in BENEFICIARY_FIELDS}
    unknown = sorted(set(raw) - set(BENEFICIARY_FIELDS))
    if unknown:
        problems.append(_block(field, "beneficiary.unknown_keys",
                               f"Kolom tidak dikenal pada ahli waris ke-{index}: {', '.join(unknown)}. "
                               f"Yang dikenal: {', '.join(BENEFICIARY_FIELDS)}."))
    phone = _text(raw.get("phone"))
    ben: dict[str, Any] = {
        "name": _text(raw.get("name")).upper(),
        "relationship": _text(raw.get("relationship")).lower(),
        "phone": normalize_phone(phone) or phone,
        "birth_date": None,
    }
    try:
        ben["birth_date"] = parse_date(raw.get("birth_date"))
    except ValueError:
        problems.append(_block(field, "beneficiary.date", f"Tanggal lahir ahli waris ke-{index} tidak terbaca: "
                                                          "tulis sebagai TTTT-BB-HH."))
    return ben


def _required(rec: dict[str, Any], problems: list[Problem]) -> None:
    hints = {
        "full_name": "ketik nama sesuai KTP",
        "birth_place": "ketik kota tempat lahir sesuai KTP",
        "birth_date": "isi tanggal lahir sesuai KTP",
        "sex": "pilih L (laki-laki) atau P (perempuan)",
        "address": "ketik alamat tempat tinggal",
        "rt": "isi nomor RT, misalnya 003",
        "rw": "isi nomor RW, misalnya 012",
        "kelurahan_code": "pilih kelurahan dari daftar",
        "category": "pilih kategori peserta",
    }
    for f, hint in hints.items():
        if rec[f] in ("", None):
            problems.append(_block(f, f"{f}.required", f"{FIELD_LABELS[f]} wajib diisi: {hint}."))


def _validate_fields(rec: dict[str, Any], areas: Areas, cats: CategoryRules, today: dt.date,
                     problems: list[Problem]) -> None:
    problems.extend(nik_rules.validate(rec["nik"], birth_date=rec["birth_date"], sex=rec["sex"] or None,
                                       known_kecamatan=areas.nik_prefixes, today=today))
    if rec["kk_number"] and not is_kk(rec["kk_number"]):
        problems.append(_block("kk_number", "kk.format", "Nomor KK harus 16 digit angka: periksa Kartu Keluarga, "
                                                          "atau kosongkan bila tidak ada."))
    for f in ("full_name", "mother_name"):
        if rec[f] and not _NAME_OK.match(rec[f]):
            problems.append(_block(f, "name.chars", f"{FIELD_LABELS[f]} hanya boleh berisi huruf, spasi dan tanda "
                                                    "baca nama (titik, koma, petik, tanda hubung): hapus angka."))
        if len(rec[f]) > 100:
            problems.append(_block(f, "name.length", f"{FIELD_LABELS[f]} paling panjang 100 huruf."))
    if rec["sex"] and rec["sex"] not in ("L", "P"):
        problems.append(_block("sex", "sex.value", "Jenis kelamin harus L (laki-laki) atau P (perempuan)."))
    birth = rec["birth_date"]
    if birth is not None:
        if birth > today:
            problems.append(_block("birth_date", "date.future", "Tanggal lahir tidak boleh di masa depan."))
        elif age_on(birth, today) < 15:
            problems.append(_block("birth_date", "age.young", "Peserta harus berumur minimal 15 tahun: periksa "
                                                              "tanggal lahir."))
        elif age_on(birth, today) >= cats.max_age_years:
            problems.append(Problem("birth_date", cats.max_age_level, "age.old",
                                    f"Peserta berumur {age_on(birth, today)} tahun, batas pendaftaran di bawah "
                                    f"{cats.max_age_years} tahun: pastikan tanggal lahir benar."))
    if not rec["mother_name"]:
        problems.append(_warn("mother_name", "mother_name.missing",
                              "Nama ibu kandung diperlukan BPJS untuk pendaftaran: tanyakan ke peserta."))
    if rec["marital_status"] and rec["marital_status"] not in MARITAL_STATUSES:
        problems.append(_block("marital_status", "marital.value", "Status perkawinan harus salah satu dari: "
                               + ", ".join(MARITAL_STATUSES) + "."))
    for f in ("rt", "rw"):
        if rec[f] and normalize_rt_rw(rec[f]) is None:
            problems.append(_block(f, f"{f}.format", f"{FIELD_LABELS[f]} harus angka 1-999, misalnya 003."))
    if rec["kelurahan_code"] and areas.kelurahan_by_code(rec["kelurahan_code"]) is None:
        problems.append(_block("kelurahan_code", "kelurahan.unknown",
                               f"Kode kelurahan {rec['kelurahan_code']} tidak ada di Kota Batam: pilih kelurahan "
                               "dari daftar (contoh 21.71.01.1002)."))
    if rec["phone"]:
        if not rec["phone"].startswith("+628"):
            problems.append(_block("phone", "phone.format", "Nomor HP tidak dikenali: tulis nomor seluler seperti "
                                                            "0812xxxxxxxx atau +62812xxxxxxxx."))
    else:
        problems.append(_warn("phone", "phone.missing", "Nomor HP kosong: BPJS memakainya untuk menghubungi "
                                                        "peserta, isi bila ada."))
    if rec["email"] and not is_email(rec["email"]):
        problems.append(_block("email", "email.format", "Alamat e-mail tidak sah: contoh nama@contoh.com, "
                                                        "atau kosongkan."))
    if rec["kpj_number"] and not is_kpj(rec["kpj_number"]):
        problems.append(_block("kpj_number", "kpj.format", "Nomor KPJ harus 11 digit angka."))
    _validate_program(rec, problems)
    _validate_category(rec, cats, problems)
    _validate_beneficiaries(rec, today, problems)


def _validate_program(rec: dict[str, Any], problems: list[Problem]) -> None:
    income = rec["declared_income"]
    if income is not None:
        if income < 0:
            problems.append(_block("declared_income", "income.negative", "Penghasilan tidak boleh negatif."))
        elif income < default_tariffs().default_declared_income:
            problems.append(_warn("declared_income", "income.low",
                                  f"Penghasilan di bawah Rp{default_tariffs().default_declared_income:,}"
                                  .replace(",", ".") + " jarang diterima BPJS: pastikan angkanya benar."))
    programs = rec["programs"]
    unknown = [p for p in programs if p not in PROGRAMS]
    if "JHT" in unknown:
        problems.append(_block("programs", "programs.jht", "JHT tidak dibiayai APBD Kota Batam: pilih JKK dan JKM "
                                                           "saja."))
    elif unknown:
        problems.append(_block("programs", "programs.unknown",
                               f"Program tidak dikenal: {', '.join(unknown)}. Pilih JKK dan/atau JKM."))
    if not programs:
        problems.append(_block("programs", "programs.required", "Pilih minimal satu program (JKK, JKM)."))
    if len(set(programs)) != len(programs):
        problems.append(_block("programs", "programs.repeat", "Setiap program cukup disebut sekali."))


def _validate_category(rec: dict[str, Any], cats: CategoryRules, problems: list[Problem]) -> None:
    if not rec["category"]:
        return
    cat = cats.get(rec["category"]) or cats.find(rec["category"])
    if cat is None:
        problems.append(_block("category", "category.unknown", "Kategori tidak dikenal: pilih salah satu dari "
                               + ", ".join(c.label for c in cats.categories) + "."))
        return
    rec["category"] = cat.code
    if not rec["position"] and cat.default_position:
        rec["position"] = cat.default_position
    for f, level in cat.fields.items():
        if not rec[f]:
            label = FIELD_LABELS[f]
            if level is Level.BLOCK:
                problems.append(_block(f, f"{f}.required", f"{label} wajib diisi untuk kategori {cat.label}."))
            else:
                problems.append(_warn(f, f"{f}.missing", f"{label} sebaiknya diisi untuk kategori {cat.label}."))
    if cat.companies and rec["company"]:
        match = next((c for c in cat.companies if c.lower() == rec["company"].lower()), None)
        if match is None:
            problems.append(_block("company", "company.unknown", "Perusahaan aplikasi harus salah satu dari: "
                                   + ", ".join(cat.companies) + "."))
        else:
            rec["company"] = match


def _validate_beneficiaries(rec: dict[str, Any], today: dt.date, problems: list[Problem]) -> None:
    for i, ben in enumerate(rec["beneficiaries"], 1):
        field = f"beneficiaries[{i}]"
        if not ben["name"]:
            problems.append(_block(field, "beneficiary.name", f"Nama ahli waris ke-{i} wajib diisi."))
        if ben["relationship"] not in RELATIONSHIPS:
            problems.append(_block(field, "beneficiary.relationship",
                                   f"Hubungan ahli waris ke-{i} harus salah satu dari: "
                                   + ", ".join(RELATIONSHIPS) + "."))
        if ben["phone"] and not ben["phone"].startswith("+628"):
            problems.append(_block(field, "beneficiary.phone", f"Nomor HP ahli waris ke-{i} tidak dikenali: tulis "
                                                               "seperti 0812xxxxxxxx, atau kosongkan."))
        if ben["birth_date"] is not None and ben["birth_date"] > today:
            problems.append(_block(field, "beneficiary.future", f"Tanggal lahir ahli waris ke-{i} di masa depan."))


def check_record(
    raw: dict[str, Any],
    *,
    areas: Areas | None = None,
    categories: CategoryRules | None = None,
    today: dt.date | None = None,
) -> tuple[dict[str, Any], list[Problem]]:
    """Normalise a participant record and return it with every problem found (blocking and warnings)."""
    problems: list[Problem] = []
    if not isinstance(raw, dict):
        return {}, [_block("record", "record.shape", "Data peserta harus berupa objek JSON {...}.")]
    unknown = sorted(set(raw) - set(RECORD_FIELDS))
    if unknown:
        problems.append(_block("record", "record.unknown_keys",
                               f"Kolom tidak dikenal: {', '.join(unknown)}. Hapus atau ganti dengan nama kolom yang "
                               "benar (lihat daftar kolom di panduan)."))
    rec = _normalize(raw, problems)
    _required(rec, problems)
    _validate_fields(rec, areas or batam(), categories or default_categories(), today or dt.date.today(), problems)
    return rec, problems


def record_label(rec: dict[str, Any]) -> str:
    """How a record is named in messages: 'NIK 2171... (NAMA)'."""
    name = rec.get("full_name") or "tanpa nama"
    return f"NIK {rec.get('nik') or '-'} ({name})"
