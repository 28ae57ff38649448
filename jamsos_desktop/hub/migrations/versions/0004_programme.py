"""the programme: a person per NIK, funded periods with their quota, the monthly ledger.

Existing hubs get, from what they hold:
- a person for every live registration (home = that registration, accepted when the hub first received it,
  holding a funded place when it was already on a BPJS list or has a KPJ), and for every NIK with a KPJ whose
  registration was since deleted (no home, ended from the month after the deletion), so a re-registration of
  that NIK finds its KPJ;
- a ledger month for every month of every coverage period, covered at the period's tariff.
No funded period is created: the quota stays the setting `quota` until `jamsos-hub period open`.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30
"""

import datetime as dt

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None
CHUNK = 500


def _month_after(day: dt.datetime) -> str:
    return f"{day.year + 1}-01" if day.month == 12 else f"{day.year}-{day.month + 1:02d}"


def _months(month_from: str, month_to: str) -> list[str]:
    first = int(month_from[:4]) * 12 + int(month_from[5:7]) - 1
    last = int(month_to[:4]) * 12 + int(month_to[5:7]) - 1
    return [f"{i // 12:04d}-{i % 12 + 1:02d}" for i in range(first, last + 1)]


def _insert(table: sa.Table, rows: list[dict]) -> None:
    for i in range(0, len(rows), CHUNK):
        op.get_bind().execute(sa.insert(table), rows[i:i + CHUNK])


def _backfill(person: sa.Table, ledger: sa.Table) -> None:
    conn = op.get_bind()
    when = sa.DateTime()
    p = sa.table("hub_participant", *(sa.column(c) for c in (
        "participant_id", "nik", "kelurahan_code", "full_name", "category")), sa.column("first_received_at", when),
        sa.column("deleted_at", when), sa.column("bpjs_exported_at", when))
    k = sa.table("hub_kpj", sa.column("participant_id"), sa.column("nik"), sa.column("imported_at", when))
    cov = sa.table("hub_coverage", *(sa.column(c) for c in ("participant_id", "month_from", "month_to")),
                   sa.column("tariff", sa.Integer()))
    kpj = {r.participant_id: r for r in conn.execute(sa.select(k.c.participant_id, k.c.nik, k.c.imported_at))}
    people: dict[str, dict] = {}
    rows = conn.execute(sa.select(p).where(p.c.nik.is_not(None)).order_by(p.c.first_received_at)).all()
    for r in rows:
        known = kpj.get(r.participant_id)
        placed = r.bpjs_exported_at or (known.imported_at if known else None)
        row = {"nik": r.nik, "home_participant_id": r.participant_id, "kelurahan_code": r.kelurahan_code or "",
               "full_name": (r.full_name or "")[:100], "category": r.category, "accepted_at": r.first_received_at,
               "placed_at": placed, "place": None, "ended_reason": None, "ended_on": None, "ended_from": None,
               "ended_detail": None, "ended_at": None, "ended_sent_at": None, "moved_at": None,
               "moved_sent_at": None, "updated_at": r.first_received_at}
        if r.deleted_at is None:
            people[r.nik] = row
        elif known is not None and (r.nik not in people or people[r.nik]["home_participant_id"] is None):
            people[r.nik] = {**row, "home_participant_id": None, "ended_reason": "dihapus",
                             "ended_on": r.deleted_at.date(), "ended_from": _month_after(r.deleted_at),
                             "ended_at": r.deleted_at, "ended_detail": '{"source": "migrasi"}'}
    _insert(person, list(people.values()))
    nik_of = {r.participant_id: (r.nik, r.kelurahan_code or "", r.category) for r in rows}
    seen: set[tuple[str, str]] = set()
    months: list[dict] = []
    for c in conn.execute(sa.select(cov.c.participant_id, cov.c.month_from, cov.c.month_to, cov.c.tariff)):
        if c.participant_id not in nik_of:
            continue
        nik, kelurahan, category = nik_of[c.participant_id]
        for month in _months(c.month_from, c.month_to):
            if (month, nik) not in seen:
                seen.add((month, nik))
                months.append({"month": month, "nik": nik, "kelurahan_code": kelurahan, "category": category,
                               "covered": True, "tariff": c.tariff, "amount": c.tariff, "period_code": None,
                               "note": None})
    _insert(ledger, months)


def upgrade() -> None:
    person = op.create_table(
        "hub_person",
        sa.Column("nik", sa.String(length=16), nullable=False),
        sa.Column("home_participant_id", sa.String(length=64), nullable=True),
        sa.Column("kelurahan_code", sa.String(length=13), nullable=False),
        sa.Column("full_name", sa.String(length=100), nullable=False),
        sa.Column("category", sa.String(length=32), nullable=True),
        sa.Column("accepted_at", sa.DateTime(), nullable=False),
        sa.Column("placed_at", sa.DateTime(), nullable=True),
        sa.Column("place", sa.Integer(), nullable=True),
        sa.Column("ended_reason", sa.String(length=16), nullable=True),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("ended_from", sa.String(length=7), nullable=True),
        sa.Column("ended_detail", sa.Text(), nullable=True),
        sa.Column("ended_at", sa.DateTime(), nullable=True),
        sa.Column("ended_sent_at", sa.DateTime(), nullable=True),
        sa.Column("moved_at", sa.DateTime(), nullable=True),
        sa.Column("moved_sent_at", sa.DateTime(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("nik", name=op.f("pk_hub_person")),
    )
    op.create_index(op.f("ix_hub_person_home_participant_id"), "hub_person", ["home_participant_id"], unique=False)
    op.create_index(op.f("ix_hub_person_kelurahan_code"), "hub_person", ["kelurahan_code"], unique=False)
    op.create_index("ix_hub_person_queue", "hub_person", ["placed_at", "ended_reason", "accepted_at", "nik"],
                    unique=False)
    op.create_table(
        "hub_period",
        sa.Column("code", sa.String(length=7), nullable=False),
        sa.Column("month_from", sa.String(length=7), nullable=False),
        sa.Column("month_to", sa.String(length=7), nullable=False),
        sa.Column("quota", sa.Integer(), nullable=False),
        sa.Column("budget", sa.BigInteger(), nullable=True),
        sa.Column("funding_source", sa.String(length=100), nullable=False),
        sa.Column("opened_at", sa.DateTime(), nullable=False),
        sa.Column("opened_by", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_hub_period")),
    )
    ledger = op.create_table(
        "hub_ledger",
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("nik", sa.String(length=16), nullable=False),
        sa.Column("kelurahan_code", sa.String(length=13), nullable=False),
        sa.Column("category", sa.String(length=32), nullable=True),
        sa.Column("covered", sa.Boolean(), nullable=False),
        sa.Column("tariff", sa.Integer(), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.Column("period_code", sa.String(length=7), nullable=True),
        sa.Column("note", sa.String(length=100), nullable=True),
        sa.PrimaryKeyConstraint("month", "nik", name=op.f("pk_hub_ledger")),
    )
    op.create_index("ix_hub_ledger_month_area", "hub_ledger", ["month", "kelurahan_code", "category"], unique=False)
    op.create_index("ix_hub_ledger_nik", "hub_ledger", ["nik", "month"], unique=False)
    op.create_index("ix_hub_kpj_nik", "hub_kpj", ["nik"], unique=False)
    _backfill(person, ledger)


def downgrade() -> None:
    op.drop_index("ix_hub_kpj_nik", table_name="hub_kpj")
    op.drop_index("ix_hub_ledger_nik", table_name="hub_ledger")
    op.drop_index("ix_hub_ledger_month_area", table_name="hub_ledger")
    op.drop_table("hub_ledger")
    op.drop_table("hub_period")
    op.drop_index("ix_hub_person_queue", table_name="hub_person")
    op.drop_index(op.f("ix_hub_person_kelurahan_code"), table_name="hub_person")
    op.drop_index(op.f("ix_hub_person_home_participant_id"), table_name="hub_person")
    op.drop_table("hub_person")
