"""Tables of the office database (sqlmodel). Schema changes go through Alembic migrations only.

The participant's record columns are made from the field registry (domain/registry.py): one column per field
stored as a column, typed by its kind. A new field still needs its Alembic migration (a test compares the
models with the migrations). Rows of `participant` are never physically deleted: `deleted_at` +
`deleted_reason` mark a removal, and the outbox carries it to the hub. `row_id` is a local integer key (stable for the FTS index, which VACUUM could
otherwise renumber); `id` (UUID text made on the device) is the participant's global identity.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from sqlalchemy import Column, ForeignKey, Index, Integer, String, Table, text
from sqlmodel import Field, SQLModel

from jamsos_desktop.domain.fields import Kind, Storage
from jamsos_desktop.domain.registry import FIELDS
from jamsos_desktop.domain.statuses import Status

# Column types as migration 0001 created them: only these two carry a length.
_LEGACY_LENGTHS = {"nik": 16, "sex": 1}
_PYTHON_TYPES: dict[Kind, Any] = {Kind.TEXT: str, Kind.DATE: dt.date | None, Kind.MONEY: int | None, Kind.CODES: str}


def record_column_annotations() -> dict[str, Any]:
    """The type of each registry field the participant row keeps in a column of its own (or joined, programs)."""
    return {f.name: _PYTHON_TYPES[f.kind] for f in FIELDS if f.storage in (Storage.COLUMN, Storage.JOINED)}


def record_column_defaults() -> dict[str, Any]:
    defaults: dict[str, Any] = {}
    for f in FIELDS:
        if f.storage is Storage.JOINED:
            defaults[f.name] = ",".join(f.normalise(None))
        elif f.storage is Storage.COLUMN:
            defaults[f.name] = Field(default=f.blank(), max_length=_LEGACY_LENGTHS.get(f.name))
    return defaults


class Participant(SQLModel, table=True):
    __tablename__ = "participant"
    __table_args__ = (
        Index("ix_participant_nik_live", "nik", unique=True, sqlite_where=text("deleted_at IS NULL")),
        Index("ix_participant_status", "status"),
        Index("ix_participant_rt_rw", "rw", "rt"),
        Index("ix_participant_category", "category"),
        Index("ix_participant_name", "full_name"),
        Index("ix_participant_nik", "nik"),  # exact NIK search, deleted rows too (store/search.py)
        Index("ix_participant_phone", "phone"),
        # the removed rows' ids (few): a search counts its hits off the FTS index without reading each row
        Index("ix_participant_deleted", "row_id", sqlite_where=text("deleted_at IS NOT NULL")),
    )

    row_id: int | None = Field(default=None, sa_column=Column(Integer, primary_key=True, autoincrement=True))
    id: str = Field(sa_column=Column(String(36), unique=True, nullable=False))
    if TYPE_CHECKING:  # the record columns below are made from the registry, so they are typed as Any here

        def __getattr__(self, name: str) -> Any: ...
    else:
        __annotations__.update(record_column_annotations())
        locals().update(record_column_defaults())
    status: str = Status.READY
    status_reason: str = ""
    revision: int = 1
    created_at: dt.datetime
    created_by: str
    updated_at: dt.datetime
    updated_by: str
    deleted_at: dt.datetime | None = None
    deleted_reason: str = ""
    purged_at: dt.datetime | None = None  # personal fields erased after the retention period (services/retention.py)


PARTICIPANT: Table = SQLModel.metadata.tables["participant"]


class Beneficiary(SQLModel, table=True):
    __tablename__ = "beneficiary"

    id: int | None = Field(default=None, primary_key=True)
    participant_id: str = Field(sa_column=Column(String(36), ForeignKey("participant.id"), nullable=False,
                                                 index=True))
    position: int = 1
    name: str
    relationship: str
    phone: str = ""
    birth_date: dt.date | None = None


class CoveragePeriod(SQLModel, table=True):
    __tablename__ = "coverage_period"

    id: int | None = Field(default=None, primary_key=True)
    participant_id: str = Field(sa_column=Column(String(36), ForeignKey("participant.id"), nullable=False,
                                                 index=True))
    month_from: str  # YYYY-MM
    month_to: str
    funding_source: str = "APBD Kota Batam"
    budget_year: int
    tariff: int  # rupiah per month


class CardIssue(SQLModel, table=True):
    __tablename__ = "card_issue"

    serial: str = Field(primary_key=True)
    participant_id: str = Field(sa_column=Column(String(36), ForeignKey("participant.id"), nullable=False,
                                                 index=True))
    printed_at: dt.datetime
    printed_by: str
    reprint_number: int = 0
    provisional: bool = True
    valid_until: dt.date
    revoked: bool = False


class Operator(SQLModel, table=True):
    __tablename__ = "operator"

    username: str = Field(primary_key=True)
    display_name: str
    password_hash: str
    role: str  # operator, supervisor, admin
    active: bool = True
    created_at: dt.datetime


class AuditEvent(SQLModel, table=True):
    __tablename__ = "audit_event"
    __table_args__ = {"sqlite_autoincrement": True}

    id: int | None = Field(default=None, primary_key=True)
    at: dt.datetime
    operator: str
    action: str
    entity: str
    entity_id: str
    details: str = "{}"  # JSON: changed fields (old and new values), counts, file names
    prev_hash: str
    hash: str = Field(index=True)


class Outbox(SQLModel, table=True):
    """One change waiting to reach the hub.

    `seq` is given when the change is released for export (at once, or when a supervisor approves it), so
    the hub sees a gap-free sequence per device. A change still waiting for approval has no seq; when a
    newer change of the same participant is released first, the older one is marked superseded.
    """

    __tablename__ = "outbox"
    __table_args__ = {"sqlite_autoincrement": True}

    id: int | None = Field(default=None, primary_key=True)
    seq: int | None = Field(default=None, sa_column=Column(Integer, unique=True, nullable=True))
    participant_id: str = Field(index=True)
    revision: int
    op: str  # upsert, delete
    snapshot: str  # JSON participant record
    created_at: dt.datetime
    created_by: str
    superseded: bool = False
    bundle_id: str | None = None  # the last bundle that carried it
    acked_at: dt.datetime | None = None
    verdict: str = ""  # accepted, rejected, duplicate (from the hub's receipt)


class Setting(SQLModel, table=True):
    __tablename__ = "setting"

    key: str = Field(primary_key=True)
    value: str


class BundleLog(SQLModel, table=True):
    """Every bundle this office wrote (changes, out) or applied (receipt, in)."""

    __tablename__ = "bundle_log"

    bundle_id: str = Field(primary_key=True)
    kind: str  # changes, receipt
    direction: str  # out, in
    file_name: str
    created_at: dt.datetime
    recorded_at: dt.datetime
    recorded_by: str
    seq_from: int
    seq_to: int
    record_count: int
    sha256: str
    destination: str = ""  # folder or "http" for exports
    accepted: int = 0  # receipt counts
    rejected: int = 0
    duplicate: int = 0


class BundleEntry(SQLModel, table=True):
    """Which outbox entries one exported bundle carried (for the lost-stick report)."""

    __tablename__ = "bundle_entry"

    bundle_id: str = Field(sa_column=Column(String, ForeignKey("bundle_log.bundle_id"), primary_key=True))
    seq: int = Field(sa_column=Column(Integer, primary_key=True))
    participant_id: str


class ConsentForm(SQLModel, table=True):
    """A signed registration and consent form that reached the office (UU PDP: consent on paper).

    A wrong entry is never edited or deleted: it is cancelled (`cancelled_at`), and the audit trail keeps both.
    """

    __tablename__ = "consent_form"

    id: int | None = Field(default=None, primary_key=True)
    participant_id: str = Field(sa_column=Column(String(36), ForeignKey("participant.id"), nullable=False,
                                                 index=True))
    revision: int  # the participant's revision when the signed form was recorded
    received_on: dt.date  # the day the signed form reached the office
    received_by: str  # the operator who took it in
    recorded_at: dt.datetime
    recorded_by: str
    cancelled_at: dt.datetime | None = None
    cancelled_by: str = ""


class AuditSeal(SQLModel, table=True):
    """The hash an audit event has after its personal details were erased by a retention purge.

    The event keeps its original `hash` (so the chain and every anchor of it stay valid); the seal is the hash
    of what remains, and the purge event that made it holds a digest of all its seals (store/audit_seals.py).
    """

    __tablename__ = "audit_seal"

    event_id: int = Field(sa_column=Column(Integer, ForeignKey("audit_event.id"), primary_key=True,
                                           autoincrement=False))
    seal: str
    purge_event_id: int = Field(sa_column=Column(Integer, nullable=False, index=True))


class HubNotice(SQLModel, table=True):
    """A notice the hub sent about one of this office's participants, on a receipt (sync/notices.py): kept as
    received (unknown kinds too), applied once (services/notices.py), open until a clerk marks it read."""

    __tablename__ = "hub_notice"

    notice_id: str = Field(sa_column=Column(String(64), primary_key=True))
    participant_id: str = Field(sa_column=Column(String(64), nullable=False, index=True))
    kind: str = Field(sa_column=Column(String(32), nullable=False))
    text: str = Field(sa_column=Column(String(500), nullable=False))
    data: str = "{}"  # JSON, as the hub sent it
    created_at: str  # the hub's time, YYYY-MM-DDTHH:MM:SSZ
    received_at: dt.datetime
    bundle_id: str  # the receipt that brought it first
    read_at: dt.datetime | None = None
    read_by: str = ""


def prepare() -> None:
    """Configure every mapper now: the first ORM query would otherwise do it (tens of milliseconds), after the
    clerk pressed Masuk. The desktop calls it on the worker while the sign-in window waits for the password."""
    from sqlalchemy.orm import configure_mappers

    configure_mappers()
