"""The participant record as a JSON Schema (draft 2020-12), made from the field registry.

The file `resources/schema/participant-record.schema.json` is this module's output, committed so that people
outside the code (BPJS, the city's IT, whoever writes another client) can read what a change line's
`snapshot` holds; tests/domain/test_record_schema.py fails when the file and the registry disagree, and checks
real snapshots written by an office against it. Regenerate after changing the registry:

    python -m jamsos_desktop.domain.record_schema resources/schema/participant-record.schema.json

The schema describes what a writer of this version sends. It stays open (`additionalProperties` true): fields
of a newer record schema are kept by readers, never refused (domain/versions.py). Fields introduced after
version 1 are not required, because an office of an older version does not send them.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from jamsos_desktop.domain.fields import FieldSpec, Kind
from jamsos_desktop.domain.problems import Level
from jamsos_desktop.domain.registry import FIELDS, RECORD_SCHEMA_VERSION

SCHEMA_ID = "https://jamsos.batam.go.id/schema/participant-record.schema.json"


def _value_schema(spec: FieldSpec) -> dict[str, Any]:
    out: dict[str, Any] = {"title": spec.label}
    if spec.kind is Kind.TEXT:
        out["type"] = "string"
        out["maxLength"] = spec.max_length
        if spec.choices:
            out["enum"] = [*([] if spec.empty and spec.empty.level is Level.BLOCK else [""]), *spec.choices]
    elif spec.kind is Kind.DATE:
        out["type"] = ["string", "null"]
        out["pattern"] = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
        out["format"] = "date"
    elif spec.kind is Kind.MONEY:
        out["type"] = ["integer", "null"]
        if spec.minimum is not None:
            out["minimum"] = spec.minimum
        if spec.maximum is not None:
            out["maximum"] = spec.maximum
    elif spec.kind is Kind.CODES:
        out["type"] = "array"
        out["maxItems"] = spec.max_length
        out["uniqueItems"] = True
        out["items"] = {"type": "string", **({"enum": list(spec.choices)} if spec.choices else {})}
    else:  # Kind.RECORDS
        out["type"] = "array"
        out["maxItems"] = spec.max_length
        out["items"] = _object_schema(spec.items, required=())
    if spec.since > 1:
        out["description"] = f"Sejak skema rekaman versi {spec.since}; rekaman dari versi sebelumnya tidak memuatnya."
    return out


def _object_schema(fields: tuple[FieldSpec, ...], *, required: tuple[str, ...]) -> dict[str, Any]:
    return {"type": "object", "properties": {f.name: _value_schema(f) for f in fields if f.to_hub},
            "required": list(required), "additionalProperties": True}


def record_json_schema(fields: tuple[FieldSpec, ...] = FIELDS, version: int = RECORD_SCHEMA_VERSION) -> dict[str, Any]:
    """The JSON Schema of a change line's snapshot (the participant record) of record schema `version`."""
    body = _object_schema(tuple(f for f in fields if f.since <= version),
                          required=tuple(f.name for f in fields if f.to_hub and f.since == 1))
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": SCHEMA_ID,
            "title": "Rekaman peserta Jamsos (snapshot perubahan)", "x-record-schema-version": version, **body}


def schema_text() -> str:
    return json.dumps(record_json_schema(), ensure_ascii=False, indent=2) + "\n"


if __name__ == "__main__":  # pragma: no cover - the command in the module docstring
    Path(sys.argv[1]).write_text(schema_text(), encoding="utf-8")
