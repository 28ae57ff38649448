"""The field registry: every field of the participant record, once, in record order.

Everything else is derived from this list or checked against it by a test: `check_record` (domain/record.py),
the office's `participant` columns and row conversion (store/), spreadsheet header aliases and the export
columns (io/), the hub's BPJS list (hub/bpjs.py), the participant form's field list (ui/), and the record's
JSON Schema (resources/schema/participant-record.schema.json). How to add a field: docs/architecture.md.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any, TypedDict

from jamsos_desktop.domain import field_rules as rules
from jamsos_desktop.domain import nik as nik_rules
from jamsos_desktop.domain.categories import default_categories
from jamsos_desktop.domain.fields import (
    Column,
    Empty,
    FieldSpec,
    Kind,
    Storage,
    Widget,
    date_value,
    fold_text,
    iso_date,
    lower_text,
    upper_text,
)
from jamsos_desktop.domain.numbers import local_phone, normalize_phone, normalize_rt_rw, parse_rupiah
from jamsos_desktop.domain.problems import Level
from jamsos_desktop.domain.statuses import STATUS_LABELS
from jamsos_desktop.domain.tariffs import PROGRAMS
from jamsos_desktop.domain.wilayah import batam

SEXES = {"L": "Laki-laki", "P": "Perempuan"}
MARITAL_STATUSES = {"belum_kawin": "Belum kawin", "kawin": "Kawin", "cerai_hidup": "Cerai hidup",
                    "cerai_mati": "Cerai mati"}
RELATIONSHIPS = {"suami": "Suami", "istri": "Istri", "anak": "Anak", "orang_tua": "Orang tua",
                 "saudara": "Saudara kandung", "lainnya": "Lainnya"}
MAX_BENEFICIARIES = 10
MAX_INCOME = 100_000_000  # rupiah per month; the programme's workers declare one to a few million


def _nik(value: Any) -> str:
    return nik_rules.clean(fold_text(value))


def _rt_rw(value: Any) -> str:
    return normalize_rt_rw(value) or fold_text(value)


def _phone(value: Any) -> str:
    text = fold_text(value)
    return normalize_phone(text) or text


def _income(value: Any) -> int | None:
    return None if value in (None, "") else parse_rupiah(value)


def _programs(value: Any) -> list[str]:
    if value in (None, ""):
        return list(PROGRAMS)
    items = value.split(",") if isinstance(value, str) else list(value)
    return [str(p).strip().upper() for p in items if str(p).strip()]


def _joined(value: Any) -> str:
    return ", ".join(value or ())


def _local_phone(value: Any) -> str:
    return local_phone(str(value)) if value else ""


def _label_of(choices: dict[str, str]) -> Callable[[Any], Any]:
    return lambda value: choices.get(value, value or "")


def _category_label(value: Any) -> str:
    found = default_categories().get(str(value or ""))
    return found.label if found else str(value or "")


def _kelurahan_name(value: Any) -> str:
    found = batam().kelurahan_by_code(str(value or ""))
    return found.name if found else str(value or "")


def _text(name: str, label: str, max_length: int, **kw: Any) -> FieldSpec:
    """A free-text field typed on the form (the common case)."""
    kw.setdefault("normalise", fold_text)
    kw.setdefault("widget", Widget.LINE)
    kw.setdefault("export", Column(label))
    return FieldSpec(name, label, Kind.TEXT, max_length, **kw)


def _required(hint: str) -> Empty:
    return Empty(Level.BLOCK, hint)


BENEFICIARY_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("name", "Nama ahli waris", Kind.TEXT, 100, upper_text, export=Column("Nama ahli waris", 28),
              bpjs=Column("Nama Ahli Waris", 22)),
    FieldSpec("relationship", "Hubungan ahli waris", Kind.TEXT, 16, lower_text, choices=RELATIONSHIPS,
              display=_label_of(RELATIONSHIPS), export=Column("Hubungan ahli waris", 18),
              bpjs=Column("Hubungan Ahli Waris", 12)),
    FieldSpec("phone", "Nomor HP ahli waris", Kind.TEXT, 16, _phone, display=_local_phone,
              export=Column("Nomor HP ahli waris", 16, as_text=True), bpjs=Column("HP Ahli Waris", 15, as_text=True)),
    FieldSpec("birth_date", "Tanggal lahir ahli waris", Kind.DATE, 10, iso_date, display=date_value,
              export=Column("Tanggal lahir ahli waris", 14),
              unreadable=("beneficiary.date", "Tanggal lahir ahli waris ke-{index} tidak terbaca: tulis sebagai "
                                              "TTTT-BB-HH.")),
)

FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("id", "ID", Kind.TEXT, 64, fold_text, storage=Storage.SYSTEM, imported=False),
    FieldSpec("nik", "NIK", Kind.TEXT, 16, _nik, rules.nik, widget=Widget.LINE, empty=_required("ketik 16 digit NIK dari KTP"),
              export=Column("NIK", 19, as_text=True), bpjs=Column("NIK", 19, as_text=True),
              aliases=("nik", "no nik", "nomor nik", "no ktp", "nomor ktp", "nik ktp", "ktp", "no e ktp", "nik peserta",
                       "no induk kependudukan", "nomor induk kependudukan", "national id", "id number")),
    _text("kk_number", "Nomor KK", 16, rule=rules.kk, export=Column("Nomor KK", 19, as_text=True),
          bpjs=Column("Nomor KK", 19, as_text=True, local=True),
          aliases=("no kk", "nomor kk", "kk", "nik kk", "no kartu keluarga", "nomor kartu keluarga", "family card")),
    _text("full_name", "Nama lengkap", 100, normalise=upper_text, rule=rules.person_name,
          empty=_required("ketik nama sesuai KTP"), export=Column("Nama lengkap", 28),
          bpjs=Column("Nama Lengkap (sesuai KTP)", 28),
          aliases=("nama", "nama lengkap", "nama peserta", "nama sesuai ktp", "nama lengkap sesuai ktp", "name",
                   "full name", "nama anggota", "nama pekerja")),
    _text("birth_place", "Tempat lahir", 60, empty=_required("ketik kota tempat lahir sesuai KTP"),
          export=Column("Tempat lahir", 16), bpjs=Column("Tempat Lahir", 14),
          aliases=("tempat lahir", "tmp lahir", "tmpt lahir", "tpt lahir", "tempat lhr", "place of birth",
                   "birth place", "birthplace")),
    FieldSpec("birth_date", "Tanggal lahir", Kind.DATE, 10, iso_date, rules.birth_date,
              empty=_required("isi tanggal lahir sesuai KTP"), widget=Widget.DATE, display=date_value,
              unreadable=("date.format", "Tanggal lahir tidak terbaca: tulis sebagai TTTT-BB-HH, misalnya "
                                         "1980-05-12."),
              export=Column("Tanggal lahir", 13), bpjs=Column("Tanggal Lahir", 12),
              aliases=("tanggal lahir", "tgl lahir", "tgl lhr", "tanggal lhr", "tgl lahir peserta", "date of birth",
                       "birth date", "birthdate", "dob")),
    FieldSpec("sex", "Jenis kelamin", Kind.TEXT, 1, upper_text, rules.choice, choices=SEXES,
              empty=_required("pilih L (laki-laki) atau P (perempuan)"), widget=Widget.CHOICE,
              export=Column("Jenis kelamin", 8), bpjs=Column("Jenis Kelamin (L/P)", 8),
              aliases=("jk", "j k", "l p", "lp", "jenis kelamin", "jns kelamin", "kelamin", "gender", "sex")),
    _text("mother_name", "Nama ibu kandung", 100, normalise=upper_text, rule=rules.person_name,
          empty=Empty(Level.WARN, "Nama ibu kandung diperlukan BPJS untuk pendaftaran: tanyakan ke peserta."),
          export=Column("Nama ibu kandung", 24), bpjs=Column("Nama Ibu Kandung", 22),
          aliases=("nama ibu kandung", "nama ibu", "ibu kandung", "nama gadis ibu kandung", "mother name",
                   "mothers maiden name", "mother s maiden name")),
    FieldSpec("marital_status", "Status perkawinan", Kind.TEXT, 16, lower_text, rules.choice,
              choices=MARITAL_STATUSES, widget=Widget.CHOICE, display=_label_of(MARITAL_STATUSES),
              export=Column("Status perkawinan", 14), bpjs=Column("Status Perkawinan", 12),
              aliases=("status perkawinan", "status kawin", "status pernikahan", "status nikah", "perkawinan",
                       "marital status")),
    _text("address", "Alamat", 200, empty=_required("ketik alamat tempat tinggal"), export=Column("Alamat", 32),
          bpjs=Column("Alamat", 30),
          aliases=("alamat", "alamat lengkap", "alamat rumah", "alamat ktp", "alamat sesuai ktp", "jalan",
                   "alamat jalan", "address")),
    _text("domicile_address", "Alamat domisili", 200, since=2, bpjs=Column("Alamat Domisili", 30, local=True),
          aliases=("alamat domisili", "domisili", "alamat tinggal sekarang", "alamat sekarang", "tempat tinggal "
                   "sekarang", "domicile address")),
    _text("rt", "RT", 3, normalise=_rt_rw, rule=rules.rt_rw, accepts_int=True, empty=_required("isi nomor RT, "
          "misalnya 003"), export=Column("RT", 6, as_text=True), bpjs=Column("RT", 5, as_text=True),
          aliases=("rt", "no rt", "nomor rt")),
    _text("rw", "RW", 3, normalise=_rt_rw, rule=rules.rt_rw, accepts_int=True, empty=_required("isi nomor RW, "
          "misalnya 012"), export=Column("RW", 6, as_text=True), bpjs=Column("RW", 5, as_text=True),
          aliases=("rw", "no rw", "nomor rw")),
    FieldSpec("kelurahan_code", "Kelurahan", Kind.TEXT, 13, fold_text, rules.kelurahan,
              empty=_required("pilih kelurahan dari daftar"), widget=Widget.SHOWN, display=_kelurahan_name,
              export=Column("Kelurahan", 18), bpjs=Column("Kelurahan", 16),
              aliases=("kelurahan", "kel", "nama kelurahan", "kode kelurahan", "kelurahan desa", "desa kelurahan",
                       "desa", "village")),
    _text("phone", "Nomor HP", 16, normalise=_phone, rule=rules.mobile_phone, display=_local_phone,
          empty=Empty(Level.WARN, "Nomor HP kosong: BPJS memakainya untuk menghubungi peserta, isi bila ada."),
          export=Column("Nomor HP", 15, as_text=True), bpjs=Column("Nomor HP", 15, as_text=True),
          aliases=("no hp", "nomor hp", "hp", "no hp wa", "nomor hp wa", "hp wa", "no wa", "wa", "whatsapp",
                   "no whatsapp", "no telp", "no telepon", "nomor telepon", "telepon", "telp", "no tlp",
                   "no handphone", "handphone", "kontak", "phone", "mobile", "phone number")),
    _text("email", "E-mail", 254, rule=rules.email, export=Column("E-mail", 22), bpjs=Column("E-mail", 20),
          aliases=("email", "e mail", "alamat email", "alamat e mail")),
    FieldSpec("category", "Kategori", Kind.TEXT, 60, lower_text, empty=_required("pilih kategori peserta"),
              widget=Widget.CHOICE, display=_category_label, export=Column("Kategori", 22),
              bpjs=Column("Kategori", 22, local=True),
              aliases=("kategori", "kategori peserta", "kategori pekerja", "jenis peserta", "kelompok peserta",
                       "segmen", "category")),
    _text("position", "Jabatan", 100, category_extra=True, bpjs=Column("Jabatan", 14, local=True),
          aliases=("jabatan", "posisi", "position")),
    _text("sk_number", "Nomor SK", 60, category_extra=True, export=Column("Nomor SK", as_text=True),
          bpjs=Column("Nomor SK", 16, as_text=True, local=True),
          aliases=("no sk", "nomor sk", "sk", "no sk pengangkatan", "nomor sk pengangkatan", "sk number")),
    _text("posyandu_name", "Nama Posyandu", 100, category_extra=True, bpjs=Column("Nama Posyandu", 16, local=True),
          aliases=("nama posyandu", "posyandu")),
    _text("company", "Perusahaan aplikasi", 100, category_extra=True, widget=Widget.CHOICE,
          bpjs=Column("Perusahaan Aplikasi", 12, local=True),
          aliases=("aplikasi", "perusahaan", "perusahaan aplikasi", "aplikator", "mitra aplikasi", "company")),
    _text("kusuka_number", "Nomor Kartu KUSUKA", 30, category_extra=True, export=Column("Nomor Kartu KUSUKA",
          as_text=True), bpjs=Column("Nomor KUSUKA", 16, as_text=True, local=True),
          aliases=("no kusuka", "nomor kusuka", "kusuka", "no kartu kusuka", "nomor kartu kusuka")),
    _text("farmer_group", "Kelompok Tani", 100, category_extra=True, bpjs=Column("Kelompok Tani", 16, local=True),
          aliases=("kelompok tani", "nama kelompok tani", "poktan")),
    _text("work_location", "Lokasi kerja", 100, category_extra=True, bpjs=Column("Lokasi Kerja", 18),
          aliases=("lokasi kerja", "tempat kerja", "pangkalan", "work location")),
    _text("job", "Pekerjaan", 100, bpjs=Column("Jenis Pekerjaan", 22),
          aliases=("pekerjaan", "jenis pekerjaan", "job", "occupation")),
    FieldSpec("declared_income", "Penghasilan per bulan", Kind.MONEY, 12, _income, rules.income, minimum=0,
              maximum=MAX_INCOME, widget=Widget.LINE, export=Column("Penghasilan per bulan", 14),
              bpjs=Column("Penghasilan per Bulan (Rp)", 12),
              unreadable=("income.format", "Penghasilan harus angka rupiah tanpa titik, misalnya 1000000."),
              aliases=("penghasilan", "penghasilan per bulan", "penghasilan bulanan", "pendapatan", "upah", "gaji",
                       "income")),
    FieldSpec("programs", "Program", Kind.CODES, len(PROGRAMS), _programs, rules.programs, storage=Storage.JOINED,
              choices={p: p for p in PROGRAMS}, widget=Widget.CHECKS, display=_joined,
              export=Column("Program", 10), bpjs=Column("Program", 9),
              aliases=("program", "program bpjs", "programs")),
    FieldSpec("kpj_number", "Nomor KPJ", Kind.TEXT, 11, fold_text, rules.kpj, widget=Widget.SHOWN,
              export=Column("Nomor KPJ", 13, as_text=True), bpjs=Column("KPJ Sebelumnya", 13, as_text=True),
              aliases=("no kpj", "nomor kpj", "kpj")),
    FieldSpec("status", "Status", Kind.TEXT, 32, fold_text, storage=Storage.SYSTEM, imported=False,
              display=_label_of(STATUS_LABELS), export=Column("Status", 16)),
    FieldSpec("beneficiaries", "Ahli waris", Kind.RECORDS, MAX_BENEFICIARIES, list, storage=Storage.TABLE,
              imported=False, widget=Widget.TABLE, items=BENEFICIARY_FIELDS),
)

BY_NAME: dict[str, FieldSpec] = {f.name: f for f in FIELDS}
FIELD_LABELS: dict[str, str] = {f.name: f.label for f in FIELDS}
RECORD_FIELDS: tuple[str, ...] = tuple(BY_NAME)
RECORD_SCHEMA_VERSION = max(f.since for f in FIELDS)
"""The record schema version this app writes: the highest `since` of its fields (v0.1.0 wrote version 1)."""


def field(name: str) -> FieldSpec:
    return BY_NAME[name]


def specs(*, storage: Storage | None = None, category_extra: bool | None = None) -> Iterator[FieldSpec]:
    for spec in FIELDS:
        if (storage is None or spec.storage is storage) and (category_extra in (None, spec.category_extra)):
            yield spec


class BeneficiaryRecord(TypedDict):
    name: str
    relationship: str
    phone: str
    birth_date: str | None


class ParticipantRecord(TypedDict):
    """The participant record as check_record returns it and as it travels (dates as "YYYY-MM-DD").

    Keys and value types are checked against FIELDS by tests/domain/test_registry.py.
    """

    id: str
    nik: str
    kk_number: str
    full_name: str
    birth_place: str
    birth_date: str | None
    sex: str
    mother_name: str
    marital_status: str
    address: str
    domicile_address: str
    rt: str
    rw: str
    kelurahan_code: str
    phone: str
    email: str
    category: str
    position: str
    sk_number: str
    posyandu_name: str
    company: str
    kusuka_number: str
    farmer_group: str
    work_location: str
    job: str
    declared_income: int | None
    programs: list[str]
    kpj_number: str
    status: str
    beneficiaries: list[BeneficiaryRecord]
