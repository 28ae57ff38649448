"""A validation problem: which field, how serious, and a message that tells the clerk how to fix it."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from jamsos_desktop.domain.errors import Refused


class Level(StrEnum):
    BLOCK = "block"  # the record cannot be saved until this is fixed
    WARN = "warn"  # the record can be saved after the clerk confirms


@dataclass(frozen=True)
class Problem:
    field: str
    level: Level
    code: str
    message: str

    def as_dict(self) -> dict[str, str]:
        return {"field": self.field, "level": str(self.level), "code": self.code, "message": self.message}


def blocking(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.level is Level.BLOCK]


def warnings(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.level is Level.WARN]


class RecordRefused(Refused):
    """Raised by services when a record has blocking problems (or unconfirmed warnings)."""

    code = "record"

    def __init__(self, problems: list[Problem], *, record_label: str = "") -> None:
        self.problems = problems
        self.record_label = record_label
        lines = [f"{p.field}: {p.message}" for p in problems]
        prefix = f"{record_label}: " if record_label else ""
        super().__init__(prefix + "; ".join(lines), field=problems[0].field if problems else "")

    def lines(self) -> list[str]:
        return [p.message for p in self.problems]
