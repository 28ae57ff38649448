"""The participant list model, tested without a window: lazy pages, filters, masking."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex
from pytestqt.qtbot import QtBot

from jamsos_desktop.services import Services
from jamsos_desktop.services.demo import synthetic_records
from jamsos_desktop.services.listing import ListFilter
from jamsos_desktop.services.office import open_office
from jamsos_desktop.services.setup import initialize
from jamsos_desktop.ui.models.participant_table import ID_ROLE, ParticipantTableModel

from .conftest import KELURAHAN


class FakeSource:
    """100,000 participants that exist only when asked for; counts every page request."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.requests: list[tuple[int, int]] = []

    def count(self, flt: ListFilter | None = None, *, cap: int | None = None) -> int:
        return self.total if cap is None else min(self.total, cap + 1)

    def first_page(self, flt: ListFilter | None = None, *, cap: int, limit: int = 200,
                   order: str = "full_name") -> tuple[int, list[dict[str, Any]]]:
        return self.count(flt, cap=cap), self.page(flt, limit=limit, order=order)

    def page(self, flt: ListFilter | None = None, *, offset: int = 0, limit: int = 200,
             order: str = "full_name") -> list[dict[str, Any]]:
        self.requests.append((offset, limit))
        return [{"id": f"id-{i}", "nik": f"2171{i:012d}", "full_name": f"PESERTA {i}", "rt": "001", "rw": "002",
                 "category": "nelayan", "status": "ready", "kpj_number": "", "phone": "+6281234567890",
                 "deleted_at": None} for i in range(offset, min(offset + limit, self.total))]


def test_a_hundred_thousand_rows_load_page_by_page(qtbot: QtBot) -> None:
    source = FakeSource(100_000)
    model = ParticipantTableModel(source, category_labels={"nelayan": "Nelayan"}, page_size=200)
    model.set_filter(ListFilter())
    assert model.total == 100_000
    assert model.rowCount() == 200  # only the first page
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 400
    assert source.requests == [(0, 200), (200, 200)]
    assert model.data(model.index(0, 0)) == "PESERTA 0"
    assert model.data(model.index(0, 1)) == "2171 **** **** 0000"
    assert model.data(model.index(0, 3)) == "Nelayan"
    assert model.data(model.index(0, 4)) == "Menunggu persetujuan"
    assert model.data(model.index(0, 5)) == "081234567890"
    assert model.data(model.index(5, 0), ID_ROLE) == "id-5"
    assert model.rowCount(model.index(0, 0)) == 0  # a table: no children


def test_filter_change_starts_again_from_the_first_page(qtbot: QtBot) -> None:
    source = FakeSource(1000)
    model = ParticipantTableModel(source)
    model.set_filter(ListFilter())
    model.fetchMore(QModelIndex())
    with qtbot.waitSignal(model.modelReset):
        model.set_filter(ListFilter(text="budi"))
    assert model.rowCount() == 200 and source.requests[-1] == (0, 200)


@pytest.fixture(scope="module")
def big_office(tmp_path_factory: pytest.TempPathFactory) -> Services:
    office = open_office(Path(tmp_path_factory.mktemp("big")), startup_backup=False)
    initialize(office, kelurahan=KELURAHAN, admin_username="admin", admin_password="admin123")
    services = Services(office)
    services.auth.login("admin", "admin123")
    services.participants.register_many(synthetic_records(3000, seed=3, kelurahan_code=KELURAHAN))
    return services


def test_lazy_fetching_over_a_real_office(qtbot: QtBot, big_office: Services) -> None:
    model = ParticipantTableModel(big_office.participants)
    model.set_filter(ListFilter())
    assert model.total == 3000 and model.rowCount() == 200
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 3000
    ids = {model.participant_id(r) for r in range(model.rowCount())}
    assert len(ids) == 3000  # pages neither overlap nor skip
    names = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert names == sorted(names)


def test_search_and_filters_over_a_real_office(qtbot: QtBot, big_office: Services) -> None:
    model = ParticipantTableModel(big_office.participants)
    model.set_filter(ListFilter(text="siti"))
    assert 0 < model.total < 3000
    assert all("SITI" in model.data(model.index(r, 0)) for r in range(model.rowCount()))
    model.set_filter(ListFilter(rt="003", category="nelayan"))
    assert all(model.data(model.index(r, 2)).startswith("003/") for r in range(model.rowCount()))
    assert {model.data(model.index(r, 3)) for r in range(model.rowCount())} <= {"nelayan"}


def test_a_capped_count_says_more_and_pages_until_a_short_page(qtbot: QtBot) -> None:
    source = FakeSource(1_450)
    model = ParticipantTableModel(source, page_size=500, count_cap=1000)
    model.set_filter(ListFilter())
    assert (model.total, model.more, model.rowCount()) == (1000, True, 500)
    model.fetchMore(QModelIndex())
    assert (model.total, model.more) == (1000, True) and model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())  # 450 of the 500 asked for: the end, the count is exact now
    assert (model.total, model.more, model.rowCount()) == (1_450, False, 1_450)
    assert not model.canFetchMore(QModelIndex())
    assert source.requests == [(0, 500), (500, 500), (1000, 500)]


def test_a_broad_search_over_a_real_office_counts_to_the_cap_and_pages_newest_first(
        qtbot: QtBot, big_office: Services) -> None:
    model = ParticipantTableModel(big_office.participants, count_cap=1000)
    model.set_filter(ListFilter(text="jl"))  # six streets of ten are a "Jl."
    exact = big_office.participants.count(ListFilter(text="jl"))
    assert exact > 1000 and (model.total, model.more) == (1000, True)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert (model.total, model.more, model.rowCount()) == (exact, False, exact)
    assert len({model.participant_id(r) for r in range(model.rowCount())}) == exact  # no overlap, no gap
    records = synthetic_records(3000, seed=3, kelurahan_code=KELURAHAN)  # the fixture's, in registration order
    with_jl = [r["nik"] for r in reversed(records)
              if any(w.lower().startswith("jl") for w in re.findall(r"[^\W_]+", f"{r['full_name']} {r['address']}"))]
    assert [r["nik"] for r in big_office.participants.page(ListFilter(text="jl"), limit=5)] == with_jl[:5]
