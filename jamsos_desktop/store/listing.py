"""A page of the participant list and its count, through a driver connection (sqlite3 or sqlcipher3 DB-API):
the list the clerk scrolls and `jamsos list`/`search` import no SQLAlchemy for it (issue 18). Named
parameters (`:name`) go to the driver as they are, as the session-based code always passed them.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from jamsos_desktop.store import search

Criteria = Mapping[str, Any]
"""What a list shows (services.listing.ListFilter.criteria()): text, statuses, category, rt, rw,
include_deleted, ids; a missing key means no condition."""

SUMMARY_COLUMNS = ("id", "nik", "full_name", "rt", "rw", "category", "status", "kpj_number", "phone",
                   "updated_at", "deleted_at")
ORDERS = {"full_name": "p.full_name, p.row_id", "updated_at": "p.updated_at DESC, p.row_id DESC",
          "rt_rw": "p.rw, p.rt, p.full_name"}


def _bind_list(prefix: str, values: Sequence[str], params: dict[str, Any]) -> str:
    """Bind parameters for an IN (...) list; returns the placeholders."""
    names = []
    for i, value in enumerate(values):
        params[f"{prefix}{i}"] = value
        names.append(f":{prefix}{i}")
    return ", ".join(names)


def conditions(flt: Criteria) -> tuple[list[str], dict[str, Any]]:
    """The WHERE clauses on `participant p` and their parameters."""
    clauses: list[str] = []
    params: dict[str, Any] = {}
    if not flt.get("include_deleted"):
        clauses.append(search.LIVE)
    if flt.get("statuses"):
        clauses.append(f"p.status IN ({_bind_list('st', flt['statuses'], params)})")
    for f in ("category", "rt", "rw"):
        value = flt.get(f)
        if value:
            clauses.append(f"p.{f} = :{f}")
            params[f] = value
    if flt.get("ids"):
        clauses.append(f"p.id IN ({_bind_list('id', flt['ids'], params)})")
    query = search.parse(flt.get("text") or "")
    if query is not None:
        clauses.append(query.clause)
        params.update(query.params)
    return clauses, params


def _page_sql(conn: Any, flt: Criteria, select: str, order_sql: str) -> tuple[str, dict[str, Any]]:
    """Rows matching the filter in their order (the caller adds LIMIT/OFFSET): a broad text search is read off
    the full-text index newest first, anything else is sorted as asked."""
    clauses, params = conditions(flt)
    query = search.parse(flt.get("text") or "")
    if query is not None and search.is_broad(conn, query):
        return search.from_index(select, query, [c for c in clauses if c != query.clause]), params
    where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
    return f"SELECT {select} FROM participant p {where}{order_sql}", params


def _text_alone(clauses: list[str], query: search.TextQuery) -> bool | None:
    """Whether the filter is the text alone, with removed rows left out (True) or kept (False); None when it has
    other conditions (status, RT, ...), which need the participant rows."""
    others = [c for c in clauses if c != query.clause]
    return None if others not in ([], [search.LIVE]) else bool(others)


def _text_hits(conn: Any, flt: Criteria) -> list[int] | None:
    """For the text alone (the usual keystroke): the hits' row ids, newest first, up to CAP + 1, read off the
    index in one statement; None when the filter has other conditions or the text is not a full-text search."""
    query = search.parse(flt.get("text") or "")
    if query is None or query.fts is None:
        return None
    clauses, params = conditions(flt)
    live = _text_alone(clauses, query)
    if live is None:
        return None
    sql = search.hits("rowid", query, live=live) + " ORDER BY rowid DESC LIMIT :cap"
    return [row[0] for row in conn.execute(sql, {**params, "cap": search.CAP + 1})]


def _hits_page_sql(select: str, hits: list[int], order: str, *, offset: int,
                   limit: int) -> tuple[str, dict[str, Any]] | None:
    """A page of these hits (`_text_hits`): few are sorted as asked, many are paged newest first; None past
    them (scrolled beyond CAP rows: the index is read on by `_page_sql`)."""
    rows_of = f"SELECT {select} FROM participant p WHERE p.row_id IN (SELECT value FROM json_each(:ids))"
    if len(hits) <= search.CAP:
        return (f"{rows_of} ORDER BY {ORDERS[order]} LIMIT :limit OFFSET :offset",
                {"ids": json.dumps(hits), "limit": limit, "offset": offset})
    if offset + limit <= len(hits):
        return f"{rows_of} ORDER BY p.row_id DESC", {"ids": json.dumps(hits[offset:offset + limit])}
    return None


def _summaries(conn: Any, flt: Criteria, hits: list[int] | None, *, offset: int, limit: int,
               order: str) -> list[dict[str, Any]]:
    select = ", ".join("p." + c for c in SUMMARY_COLUMNS)
    page = _hits_page_sql(select, hits, order, offset=offset, limit=limit) if hits is not None else None
    if page is None:
        sql, params = _page_sql(conn, flt, select, f" ORDER BY {ORDERS[order]}")
        page = sql + " LIMIT :limit OFFSET :offset", {**params, "limit": limit, "offset": offset}
    rows = conn.execute(*page).fetchall()
    return [dict(zip(SUMMARY_COLUMNS, row, strict=True)) for row in rows]


def list_summaries(conn: Any, flt: Criteria, *, offset: int = 0, limit: int = 200,
                   order: str = "full_name") -> list[dict[str, Any]]:
    """One page of rows for the list (never all rows at once); a text search alone reads its hits once."""
    return _summaries(conn, flt, _text_hits(conn, flt), offset=offset, limit=limit, order=order)


def first_page(conn: Any, flt: Criteria, *, cap: int, limit: int = 200,
               order: str = "full_name") -> tuple[int, list[dict[str, Any]]]:
    """The count up to cap + 1 and the first page, as a keystroke in the list needs them: a text search alone
    reads the index once for both (its hits answer the count and choose the page)."""
    hits = _text_hits(conn, flt) if cap <= search.CAP else None
    found = min(len(hits), cap + 1) if hits is not None else count(conn, flt, cap=cap)
    return found, _summaries(conn, flt, hits, offset=0, limit=limit, order=order)


def count(conn: Any, flt: Criteria, *, cap: int | None = None) -> int:
    """How many rows match; with `cap`, counting stops at cap + 1 (a keystroke never counts a million rows)."""
    clauses, params = conditions(flt)
    if cap is None:
        where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
        return int(conn.execute(f"SELECT count(*) FROM participant p {where}", params).fetchone()[0])
    query = search.parse(flt.get("text") or "")
    if query is not None and query.fts is not None:  # straight off the index: stops at cap + 1, broad or not
        live = _text_alone(clauses, query)
        if live is not None:  # the text alone: no participant row is read
            sql = search.hits("1", query, live=live)
        else:
            sql = search.from_index("1", query, [c for c in clauses if c != query.clause], ordered=False)
    else:
        sql = "SELECT 1 FROM participant p" + ((" WHERE " + " AND ".join(clauses)) if clauses else "")
    return int(conn.execute(f"SELECT count(*) FROM ({sql} LIMIT :cap)", {**params, "cap": cap + 1}).fetchone()[0])


def status_counts(conn: Any) -> dict[str, int]:
    """Live participants per status (the status bar's figures): every row counted off the status index alone,
    less the few removed rows, found through their own partial index (migration 0007), so no participant row is
    read but theirs (issue 18: 14 -> 3 ms at 24,300, and it grows with the office)."""
    counts = {str(status): int(n) for status, n in conn.execute(
        "SELECT status, count(*) FROM participant GROUP BY status")}
    for status, n in conn.execute("SELECT status, count(*) FROM participant INDEXED BY ix_participant_deleted "
                                  "WHERE deleted_at IS NOT NULL GROUP BY status"):
        counts[str(status)] -= int(n)
    return {status: n for status, n in counts.items() if n}


def moved_map(conn: Any, participant_ids: list[str]) -> dict[str, str]:
    """For a page of the list: the kelurahan each moved participant among these moved to (its newest
    transfer_out notice from the hub; "lain" when the notice does not name it)."""
    if not participant_ids:
        return {}
    # The ids as one JSON parameter: binding a page of 200 one by one cost more than the page itself.
    rows = conn.execute("SELECT participant_id, data FROM hub_notice WHERE kind = 'transfer_out' AND participant_id "
                        "IN (SELECT value FROM json_each(?)) ORDER BY created_at", (json.dumps(participant_ids),))
    out: dict[str, str] = {}
    for participant_id, data in rows:
        try:
            value = json.loads(data)
        except ValueError:
            value = {}
        name = value.get("to_kelurahan_name") if isinstance(value, dict) else None
        out[participant_id] = str(name or "") or "lain"
    return out
