"""The coverage rule: which months the city pays for a participant once BPJS has given them a KPJ number.

Rule (the city office can change the length with `--coverage-months`; the rest is code, documented in
docs/hub.md): cover starts on the first day of the month AFTER the month in which the KPJ number was imported
(BPJS accepted the registration), and runs for `months` months (default 6, one tranche). A tranche that
crosses New Year is split into one period per calendar year, because each period is paid from that year's
APBD (`budget_year`). The funding source is "APBD Kota Batam"; the tariff is the monthly contribution of the
participant's programs at their declared income, from domain/tariffs.py, as of the period's first month.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from jamsos_desktop.domain.tariffs import TariffTable, default_tariffs
from jamsos_desktop.sync.receipt import CoveragePeriod

FUNDING_SOURCE = "APBD Kota Batam"
DEFAULT_MONTHS = 6


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def first_tranche(record: dict[str, Any], *, kpj_date: dt.date, months: int = DEFAULT_MONTHS,
                  tariffs: TariffTable | None = None) -> list[CoveragePeriod]:
    """The coverage periods of the first tranche for a participant record (as stored in the register)."""
    if months < 1:
        raise ValueError("Lama tanggungan minimal 1 bulan.")
    table = tariffs or default_tariffs()
    programs = list(record.get("programs") or ["JKK", "JKM"])
    income = record.get("declared_income")
    start = _add_months(kpj_date.replace(day=1), 1)
    end = _add_months(start, months - 1)
    periods: list[CoveragePeriod] = []
    while start <= end:
        last = min(end, dt.date(start.year, 12, 1))
        tariff = table.monthly_contribution(income, programs, on=start)["total"]
        periods.append(CoveragePeriod(f"{start:%Y-%m}", f"{last:%Y-%m}", FUNDING_SOURCE, start.year, tariff))
        start = _add_months(last, 1)
    return periods
