"""The list's free-text search (store/search.py): what a typed word finds, exact NIK and phone through the
table's indexes, the index kept in step by the triggers, broad searches paged newest first with a capped count, a
keystroke's one pass over the index, and a big batch filling the index through one statement."""

from __future__ import annotations

import contextlib

import pytest
from sqlalchemy import text

from jamsos_desktop.services import Services
from jamsos_desktop.services.demo import synthetic_records
from jamsos_desktop.services.listing import ListFilter
from jamsos_desktop.store import bulk, driver, listing, search

KELURAHAN = "21.71.02.1002"


def _names(services: Services, typed: str, **flt: object) -> list[str]:
    return [r["full_name"] for r in services.participants.page(ListFilter(text=typed, **flt))]  # type: ignore[arg-type]


def test_words_match_the_start_of_name_and_address_words_and_any_part_of_nik_and_phone(services, valid_record):
    services.participants.register(valid_record)  # SITI AMINAH, 2171024505800003, Jl. Mawar No. 1, 0812-3456-7890
    for typed in ("s", "ami", "aminah siti", "Siti  A", "jl mawar", "jl.", "mawar no 1", "2171", "4505",
                  "800003", "0812", "3456", "567890", "+62812", "6281234567", "0812-3456", "sîti"):
        assert _names(services, typed) == ["SITI AMINAH"], typed
    for typed in ("minah", "awar", "budi", "siti budi", "9999", "---", "0812-3456-7891", "2171024505800004"):
        assert _names(services, typed) == [], typed


def test_a_whole_nik_or_phone_is_looked_up_through_the_table_index(services, valid_record):
    saved = services.participants.register(valid_record)
    for typed in ("2171024505800003", "081234567890", "+6281234567890", "6281234567890", "0812 3456 7890",
                  "0812345678"):  # the first ten digits of a longer number find it too
        assert _names(services, typed) == ["SITI AMINAH"], typed
    services.participants.delete(saved.id, reason="salah_input")
    assert _names(services, "2171024505800003") == []
    assert _names(services, "2171024505800003", include_deleted=True) == ["SITI AMINAH"]
    with services.office.db.read() as s:
        for typed, index in (("2171024505800003", "ix_participant_nik"), ("081234567890", "ix_participant_phone")):
            query = search.parse(typed)
            assert query is not None and query.fts is None
            plan = " ".join(str(r[-1]) for r in s.execute(
                text(f"EXPLAIN QUERY PLAN SELECT p.id FROM participant p WHERE {query.clause}"), query.params))
            assert index in plan, plan


def test_the_index_follows_corrections(services, valid_record):
    saved = services.participants.register(valid_record)
    services.participants.update(saved.id, {"full_name": "Rahmawati", "phone": "0813-1111-2222",
                                            "address": "Perum Bida Asri Blok C"})
    assert _names(services, "siti") == [] and _names(services, "mawar") == [] and _names(services, "3456") == []
    for typed in ("rahma", "bida blok", "1111222", "2171024505800003"):
        assert _names(services, typed) == ["RAHMAWATI"], typed


def test_a_broad_search_pages_newest_first_and_counts_only_to_the_cap(services, monkeypatch):
    monkeypatch.setattr(search, "CAP", 3)
    records = synthetic_records(8, seed=4, kelurahan_code=KELURAHAN)  # every address has "No."
    services.participants.register_many(records)
    newest_first = [r["nik"] for r in reversed(records)]
    pages = [services.participants.page(ListFilter(text="no"), offset=o, limit=3) for o in (0, 3, 6)]
    assert [r["nik"] for page in pages for r in page] == newest_first
    assert services.participants.count(ListFilter(text="no"), cap=5) == 6  # stops at cap + 1
    assert services.participants.count(ListFilter(text="no")) == 8  # exact when asked
    assert services.participants.count(ListFilter(text="no", rt=records[0]["rt"]), cap=100) == \
        sum(r["rt"] == records[0]["rt"] for r in records)
    narrow = records[2]["full_name"].upper()
    assert narrow in _names(services, narrow)  # few hits: exact, by name


@pytest.mark.parametrize("typed", ["", "   "])
def test_nothing_typed_is_no_condition(typed):
    assert search.parse(typed) is None


def test_a_keystroke_reads_the_index_once_and_no_row_for_its_count(services, valid_record):
    saved = services.participants.register(valid_record)
    services.participants.register({**valid_record, "nik": "2171024505800011", "full_name": "Siti Amira"})
    services.participants.delete(saved.id, reason="salah_input")
    with contextlib.closing(driver.connect(services.office.db.path, services.office.db.key)) as conn:
        seen: list[str] = []
        conn.set_trace_callback(seen.append)
        found, rows = listing.first_page(conn, ListFilter(text="siti ami").criteria(), cap=1000)
        assert (found, [r["full_name"] for r in rows]) == (1, ["SITI AMIRA"])  # the removed one left out
        ours = [sql for sql in seen if "'main'" not in sql and not sql.startswith("--")]  # not FTS5's own reads
        assert len(ours) == 2 and "MATCH" in ours[0] and "MATCH" not in ours[1], ours  # hits once, then the rows
        conn.set_trace_callback(None)
        query = search.parse("siti ami")
        assert query is not None
        plan = " ".join(str(r[-1]) for r in conn.execute(
            f"EXPLAIN QUERY PLAN {search.hits('rowid', query, live=True)}", query.params))
        assert "ix_participant_deleted" in plan and "INTEGER PRIMARY KEY" not in plan, plan
    assert services.participants.count(ListFilter(text="siti ami"), cap=1000) == 1
    assert services.participant_list.first_page(ListFilter(text="siti ami", include_deleted=True), cap=1000)[0] == 2


def test_status_counts_leave_removed_participants_out_without_reading_the_live_rows(services, valid_record):
    kept = services.participants.register(valid_record)
    gone = services.participants.register({**valid_record, "nik": "2171024505800011", "full_name": "Siti Amira"})
    services.participants.register({**valid_record, "nik": "2171024505800029", "full_name": "Siti Aisyah"})
    services.participants.delete(gone.id, reason="salah_input")
    with services.office.db.reading() as conn:
        plain = dict(conn.execute("SELECT status, count(*) FROM participant WHERE deleted_at IS NULL GROUP BY status"))
        assert listing.status_counts(conn) == plain and sum(plain.values()) == 2, plain
        plan = " ".join(str(r[-1]) for r in conn.execute(
            "EXPLAIN QUERY PLAN SELECT status, count(*) FROM participant GROUP BY status"))
        assert "COVERING INDEX ix_participant_status" in plan, plan  # the index alone, no participant row
    services.participants.delete(kept.id, reason="salah_input")
    with services.office.db.reading() as conn:
        assert sum(listing.status_counts(conn).values()) == 1


def test_a_big_batch_fills_the_index_through_one_statement_as_row_by_row_would(services, monkeypatch):
    monkeypatch.setattr(bulk, "BULK_ROWS", 2)  # the staged path (store/bulk.py) for a batch of eight
    records = synthetic_records(8, seed=6, kelurahan_code=KELURAHAN)
    services.participants.register_many(records)
    for r in records:
        assert [p["nik"] for p in services.participants.page(ListFilter(text=r["full_name"]))] == [r["nik"]]
        assert [p["nik"] for p in services.participants.page(ListFilter(text=r["nik"][-7:]))] == [r["nik"]]
    with services.office.db.read() as s:
        stored = s.execute(text("SELECT nik, rt, typeof(rt), typeof(revision) FROM participant ORDER BY row_id")).all()
    assert [row[0] for row in stored] == [r["nik"] for r in records]  # registration order kept: newest-first paging
    assert {row[2:] for row in stored} == {("text", "integer")}  # each value took the table's own type
    assert all(len(row[1]) == 3 for row in stored)  # RT as stored by a direct insert: "003", not 3
