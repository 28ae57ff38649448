"""`check_record(raw)`: the one validation of a participant record, driven by the field registry.

Every field of domain/registry.py goes through the same steps: its JSON type (a number where text belongs is
refused, naming the field), its length (absurd raw text is refused before any work on it), its normaliser
(phone, RT/RW, spacing, upper-case names, ISO dates), then, once the whole record is normalised, what an empty
value means (required or asked for), its rule and its maximum length or range. Rules that join several fields
(the category's extra fields) run last. Unknown keys are refused by name. Every problem is returned at once,
each naming the field and the fix.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, cast

from jamsos_desktop.domain.categories import CategoryRules, default_categories
from jamsos_desktop.domain.field_rules import VALUE_RULES, age_on, beneficiary
from jamsos_desktop.domain.fields import (
    Context,
    FieldSpec,
    out_of_range,
    parse_date,
    too_long,
    type_problem,
)
from jamsos_desktop.domain.problems import Level, Problem
from jamsos_desktop.domain.registry import (
    BENEFICIARY_FIELDS,
    FIELD_LABELS,
    FIELDS,
    MARITAL_STATUSES,
    RECORD_FIELDS,
    RELATIONSHIPS,
    ParticipantRecord,
)
from jamsos_desktop.domain.wilayah import Areas, batam

__all__ = ["DELETE_REASONS", "FIELD_LABELS", "MARITAL_STATUSES", "RECORD_FIELDS", "RELATIONSHIPS", "RecordChecker",
           "age_on", "check_record", "parse_date", "record_label"]

DELETE_REASONS = {"meninggal": "Meninggal dunia", "pindah": "Pindah domisili", "keluar": "Keluar program",
                  "salah_input": "Salah input"}
_BENEFICIARY_NAMES = tuple(f.name for f in BENEFICIARY_FIELDS)
_BENEFICIARY_KNOWN = frozenset(_BENEFICIARY_NAMES)
_KNOWN = frozenset(RECORD_FIELDS)
_SCALARS = tuple((f.name, f) for f in FIELDS if not f.items)
_LISTS_OF_RECORDS = tuple((f.name, f) for f in FIELDS if f.items)
# Scalars then lists is already the registry's order when the lists come last: no re-ordering per record then.
_REORDER = tuple(name for name, _ in _SCALARS + _LISTS_OF_RECORDS) != RECORD_FIELDS


def _read(spec: FieldSpec, raw: Any, where: str, problems: list[Problem], index: int = 0) -> Any:
    """One raw value -> its normalised form, or the field's empty value with a problem saying why."""
    if raw.__class__ is str:  # the common case, checked first
        if len(raw) > spec.raw_limit:
            problems.append(too_long(spec, len(raw), where))
            return spec.blank()
    elif raw is not None:
        found = type_problem(spec, raw, where)
        if found is not None:
            problems.append(found)
            return spec.blank()
    try:
        return spec.normalise(raw)
    except ValueError:
        code, message = spec.unreadable or (f"{spec.name}.format", f"{spec.label} tidak terbaca.")
        problems.append(Problem(where, Level.BLOCK, code, message.format(index=index)))
        return spec.blank()


def _check(spec: FieldSpec, value: Any, rec: dict[str, Any], ctx: Context, problems: list[Problem]) -> None:
    """What an empty value means, the field's rule, then its bounds (only when the rule found it well formed)."""
    if value is None or value == "":
        empty = spec.empty
        if empty is not None:
            if empty.level is Level.BLOCK:
                problems.append(Problem(spec.name, Level.BLOCK, f"{spec.name}.required",
                                        f"{spec.label} wajib diisi: {empty.hint}."))
            else:
                problems.append(Problem(spec.name, Level.WARN, f"{spec.name}.missing", empty.hint))
        return
    if spec.rule is not None:
        found = spec.rule(spec, value, rec, ctx)
        if found:
            problems.extend(found)
            if any(p.level is Level.BLOCK for p in found):
                return
    if value.__class__ is int:
        bad = out_of_range(spec, value, spec.name)
        if bad is not None:
            problems.append(bad)
    elif len(value) > spec.max_length:
        problems.append(too_long(spec, len(value), spec.name))


def _beneficiaries(spec: FieldSpec, raw: Any, ctx: Context, problems: list[Problem],
                   memos: dict[str, dict[Any, Any]] | None = None) -> list[dict[str, Any]]:
    if type_problem(spec, raw, spec.name) is not None or raw in (None, ""):
        if raw not in (None, ""):
            problems.append(Problem(spec.name, Level.BLOCK, "beneficiaries.shape", "Ahli waris harus berupa daftar."))
        return []
    if len(raw) > spec.max_length:
        problems.append(too_long(spec, len(raw), spec.name))
        return []
    out: list[dict[str, Any]] = []
    for index, item in enumerate(raw, 1):
        where = f"beneficiaries[{index}]"
        if not isinstance(item, dict):
            problems.append(Problem(where, Level.BLOCK, "beneficiary.shape", f"Ahli waris ke-{index} harus berisi "
                                                                              "nama dan hubungan."))
            out.append({f.name: f.blank() for f in spec.items})
            continue
        unknown = [] if item.keys() <= _BENEFICIARY_KNOWN else sorted(item.keys() - _BENEFICIARY_KNOWN)
        if unknown:
            problems.append(Problem(where, Level.BLOCK, "beneficiary.unknown_keys",
                                    f"Kolom tidak dikenal pada ahli waris ke-{index}: {', '.join(unknown)}. "
                                    f"Yang dikenal: {', '.join(_BENEFICIARY_NAMES)}."))
        if memos is None:
            ben = {f.name: _read(f, item.get(f.name), where, problems, index) for f in spec.items}
        else:
            ben = _read_item(spec.items, item, where, index, problems, memos)
        for f in spec.items:
            if isinstance(ben[f.name], str) and len(ben[f.name]) > f.max_length:
                problems.append(too_long(f, len(ben[f.name]), where))
        problems.extend(beneficiary(where, index, ben, RELATIONSHIPS, ctx))
        out.append(ben)
    return out


def _read_item(specs: tuple[FieldSpec, ...], item: dict[str, Any], where: str, index: int, problems: list[Problem],
               memos: dict[str, dict[Any, Any]]) -> dict[str, Any]:
    """_read of each field of a list's item (a beneficiary); a text or null read well before, by any item of any
    record, is taken from `memos` (reading depends on nothing but the value: `where` and `index` only name a
    problem)."""
    out: dict[str, Any] = {}
    for f in specs:
        value = item.get(f.name)
        if value.__class__ is str or value is None:
            memo = memos[f.name]
            known = memo.get(value, _MISSING)
            if known is not _MISSING:
                out[f.name] = known
                continue
            count = len(problems)
            out[f.name] = read = _read(f, value, where, problems, index)
            if len(problems) == count and len(memo) < RecordChecker.MEMO_SIZE and read.__class__ in _MEMO_VALUES:
                memo[value] = read
        else:
            out[f.name] = _read(f, value, where, problems, index)
    return out


def _category(rec: dict[str, Any], cats: CategoryRules, problems: list[Problem]) -> None:
    """The category by code or label, its default position, its extra fields, and its list of companies."""
    if not rec["category"] or any(p.field == "category" for p in problems):
        return
    cat = cats.get(rec["category"]) or cats.find(rec["category"])
    if cat is None:
        problems.append(Problem("category", Level.BLOCK, "category.unknown", "Kategori tidak dikenal: pilih salah "
                                "satu dari " + ", ".join(c.label for c in cats.categories) + "."))
        return
    rec["category"] = cat.code
    flagged = {p.field for p in problems}  # a value refused already (too long, wrong type) is not "missing"
    if not rec["position"] and cat.default_position and "position" not in flagged:
        rec["position"] = cat.default_position
    for name, level in cat.fields.items():
        if not rec[name] and name not in flagged:
            label = FIELD_LABELS[name]
            if level is Level.BLOCK:
                problems.append(Problem(name, level, f"{name}.required", f"{label} wajib diisi untuk kategori "
                                                                         f"{cat.label}."))
            else:
                problems.append(Problem(name, level, f"{name}.missing", f"{label} sebaiknya diisi untuk kategori "
                                                                        f"{cat.label}."))
    if cat.companies and rec["company"]:
        match = next((c for c in cat.companies if c.lower() == rec["company"].lower()), None)
        if match is None:
            problems.append(Problem("company", Level.BLOCK, "company.unknown", "Perusahaan aplikasi harus salah satu "
                                    "dari: " + ", ".join(cat.companies) + "."))
        else:
            rec["company"] = match


def check_record(
    raw: dict[str, Any],
    *,
    areas: Areas | None = None,
    categories: CategoryRules | None = None,
    today: dt.date | None = None,
) -> tuple[ParticipantRecord, list[Problem]]:
    """Normalise a participant record and return it with every problem found (blocking and warnings)."""
    cats = categories or default_categories()
    return _check_record(raw, Context(areas or batam(), cats, today or dt.date.today()), None)


class RecordChecker:
    """check_record for many records against one context (the hub's merge of a bundle): a field's text that
    repeats from record to record (a code, an empty field, the office's kelurahan) is normalised and checked once.

    Remembered are only values that passed (no problem when read nor when checked), of fields whose rule reads
    nothing but the value and the context (field_rules.VALUE_RULES: the NIK's rule, which also reads the birth
    date and sex, runs for every record), raw text, integers (not booleans), null, or lists of texts only (a list is
    remembered as a tuple and each record gets a list of its own), and at most MEMO_SIZE values per field. The
    results are exactly check_record's.
    """

    MEMO_SIZE = 256

    def __init__(self, *, areas: Areas | None = None, categories: CategoryRules | None = None,
                 today: dt.date | None = None) -> None:
        self.ctx = Context(areas or batam(), categories or default_categories(), today or dt.date.today())
        self.plan: _Plan = tuple((name, spec, {} if spec.rule is None or spec.rule in VALUE_RULES else None)
                                 for name, spec in _SCALARS)
        self.item_memos: dict[str, dict[Any, Any]] = {f.name: {} for _, spec in _LISTS_OF_RECORDS for f in spec.items}

    def check(self, raw: dict[str, Any]) -> tuple[ParticipantRecord, list[Problem]]:
        return _check_record(raw, self.ctx, self.plan, self.item_memos)


# (name, spec, its memo: raw text, integer, null or a list's texts as a tuple -> the value it stands for)
_Plan = tuple[tuple[str, FieldSpec, dict[Any, Any] | None], ...]
_MEMO_VALUES = (str, int, type(None))  # values that may be shared between records (a list is kept as a tuple)


def _scalars(raw: dict[str, Any], rec: dict[str, Any], ctx: Context, problems: list[Problem], plan: _Plan) -> None:
    """Read every scalar field and check it, with problems in check_record's order (every reading problem, then
    the checking problems field by field). A field whose rule reads only its value (a memo in the plan) is
    checked as soon as it is read well: its checking problems, if any, wait for their turn; the others (the
    NIK's rule reads the birth date and sex) are checked once all are read. A remembered value stands for both
    steps, and a value that passed both is remembered."""
    get = raw.get
    later: list[tuple[str, FieldSpec, list[Problem] | None]] = []  # (field, spec, its checking problems or None)
    for name, spec, memo in plan:
        value = get(name)
        if memo is None:
            rec[name] = _read(spec, value, name, problems)
            later.append((name, spec, None))
            continue
        kind = value.__class__
        key = value if kind is str or kind is int or value is None else _codes_key(value) if kind is list else None
        remembered = key is not None or value is None
        if remembered:
            known = memo.get(key, _MISSING)
            if known is not _MISSING:
                rec[name] = list(known) if kind is list else known  # a list of its own for each record
                continue
        if value.__class__ is str and len(value) <= spec.raw_limit:  # _read and _check of the common case
            try:
                rec[name] = read = spec.normalise(value)
            except ValueError:
                rec[name] = _read(spec, value, name, problems)  # says why
                continue
            if read and read.__class__ is str and len(read) <= spec.max_length:
                rule = spec.rule
                if rule is None or not rule(spec, read, rec, ctx):
                    if len(memo) < RecordChecker.MEMO_SIZE:
                        memo[value] = read
                    continue
        else:
            count = len(problems)
            rec[name] = read = _read(spec, value, name, problems)
            if len(problems) != count:
                continue  # not checked: check_record checks only a value read well
        checked: list[Problem] = []
        _check(spec, read, rec, ctx, checked)
        if checked:
            later.append((name, spec, checked))
        elif remembered and len(memo) < RecordChecker.MEMO_SIZE:
            if read.__class__ in _MEMO_VALUES:
                memo[key] = read
            elif kind is list and read.__class__ is list and _codes_key(read) is not None:
                memo[key] = tuple(read)
    unread = {p.field for p in problems}
    for name, spec, found in later:
        if found is not None:
            problems.extend(found)
        elif name not in unread:
            _check(spec, rec[name], rec, ctx, problems)


_MISSING = object()


def _codes_key(value: list[Any]) -> tuple[str, ...] | None:
    """A list of texts (the programs) as a memo key; None for a list holding anything else."""
    return tuple(value) if all(item.__class__ is str for item in value) else None


def _check_record(raw: Any, ctx: Context, plan: _Plan | None,
                  item_memos: dict[str, dict[Any, Any]] | None = None) -> tuple[ParticipantRecord, list[Problem]]:
    if not isinstance(raw, dict):
        return cast(ParticipantRecord, {}), [Problem("record", Level.BLOCK, "record.shape",
                                                     "Data peserta harus berupa objek JSON {...}.")]
    problems: list[Problem] = []
    unknown = [] if raw.keys() <= _KNOWN else sorted(raw.keys() - _KNOWN)  # no set made for a good record
    if unknown:
        problems.append(Problem("record", Level.BLOCK, "record.unknown_keys",
                                f"Kolom tidak dikenal: {', '.join(unknown)}. Hapus atau ganti dengan nama kolom yang "
                                "benar (lihat daftar kolom di panduan)."))
    cats = ctx.categories
    rec: dict[str, Any] = {}
    if plan is None:
        get = raw.get
        for name, spec in _SCALARS:
            rec[name] = _read(spec, get(name), name, problems)
        unread = {p.field for p in problems}
        for name, spec in _SCALARS:
            if name not in unread:
                _check(spec, rec[name], rec, ctx, problems)
    else:
        _scalars(raw, rec, ctx, problems, plan)
    get = raw.get
    for name, spec in _LISTS_OF_RECORDS:
        rec[name] = _beneficiaries(spec, get(name), ctx, problems, item_memos)
    if _REORDER:
        rec = {name: rec[name] for name in RECORD_FIELDS}  # registry order
    _category(rec, cats, problems)
    return cast(ParticipantRecord, rec), problems


def record_label(rec: Any) -> str:
    """How a record is named in messages: 'NIK 2171... (NAMA)'."""
    name = rec.get("full_name") or "tanpa nama"
    return f"NIK {rec.get('nik') or '-'} ({name})"
