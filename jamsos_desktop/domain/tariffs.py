"""Contribution tariffs as data with effective dates, and the monthly contribution the city pays.

JKK = a percentage of declared monthly income with a minimum; JKM = a flat amount. Amounts in whole rupiah.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from functools import cache
from pathlib import Path

from jamsos_desktop.paths import resource

PROGRAMS = ("JKK", "JKM")


@dataclass(frozen=True)
class Tariff:
    program: str
    kind: str  # "percent" or "flat"
    rate: Decimal
    minimum: int
    payer: str
    effective_from: dt.date
    effective_to: dt.date | None

    def applies(self, on: dt.date, payer: str) -> bool:
        return self.payer == payer and self.effective_from <= on and (self.effective_to is None or on <= self.effective_to)

    def monthly(self, declared_income: int) -> int:
        if self.kind == "flat":
            amount = self.rate
        else:
            amount = Decimal(declared_income) * self.rate / 100
        amount = amount.quantize(Decimal(1), rounding=ROUND_HALF_UP)
        return max(int(amount), self.minimum)


@dataclass(frozen=True)
class TariffTable:
    tariffs: tuple[Tariff, ...]
    default_declared_income: int

    def tariff(self, program: str, *, on: dt.date, payer: str = "apbd") -> Tariff:
        matches = [t for t in self.tariffs if t.program == program and t.applies(on, payer)]
        if not matches:
            raise LookupError(f"Tidak ada tarif {program} untuk pembayar {payer} pada {on:%d-%m-%Y}.")
        return max(matches, key=lambda t: t.effective_from)

    def monthly_contribution(
        self, declared_income: int | None, programs: list[str], *, on: dt.date, payer: str = "apbd"
    ) -> dict[str, int]:
        """Per program and 'total', in rupiah per month."""
        income = declared_income if declared_income else self.default_declared_income
        parts = {p: self.tariff(p, on=on, payer=payer).monthly(income) for p in programs}
        parts["total"] = sum(parts.values())
        return parts


def load_tariffs(path: Path) -> TariffTable:
    data = json.loads(path.read_text(encoding="utf-8"))
    rows = tuple(
        Tariff(
            program=t["program"],
            kind=t["kind"],
            rate=Decimal(t["rate"]),
            minimum=int(t["minimum"]),
            payer=t["payer"],
            effective_from=dt.date.fromisoformat(t["effective_from"]),
            effective_to=dt.date.fromisoformat(t["effective_to"]) if t["effective_to"] else None,
        )
        for t in data["tariffs"]
    )
    return TariffTable(rows, int(data["default_declared_income"]))


@cache
def default_tariffs() -> TariffTable:
    return load_tariffs(resource("reference", "tariffs.json"))
