"""The hub's tables (SQLAlchemy Core). Schema changes go through the Alembic migrations in hub/migrations/.

- `hub_device`: enrolled office devices, their public keys, their latest announcement of what they read
  (`reads`, sync/formats.py), the highest receipt number they acknowledged, and revocation.
- `hub_bundle`: every changes bundle received (seq range, whole-file sha256, previous link, how it chained).
- `hub_change`: every change received, keyed by (device_id, seq), with the verdict the office will be sent and
  the receipt that answered it (`answered_in`, NULL while the next receipt still has to answer it).
- `hub_participant`: the merged register, one row per registration (participant id) with its revision and
  its owner (`owner_kelurahan`, fixed at creation: only devices of that kelurahan may change it); one LIVE row
  per NIK. `news_pending` stays set until the office acknowledges a receipt that carried the news
  (`news_receipt`: the number of the first such receipt).
- `hub_duplicate`: registrations whose NIK is already live in the register, for review.
- `hub_kpj`, `hub_coverage`: KPJ numbers from BPJS and the coverage periods the city pays (both per registration,
  the one that was the person's home when they were written; they follow the person to a new home).
- `hub_person`: one per NIK (hub/persons.py): its home registration, whose kelurahan owns it; when the hub
  first accepted it (the waiting list's order), whether it holds a funded place, its waiting number, and its
  deactivation. `hub_period`: funded coverage periods (tranches) with their quota (hub/periods.py).
  `hub_ledger`: one row per person and month of planned cover, covered or not, tariff and amount: the single
  source of the recap, the budget realisation and the reconciliation of BPJS's bill (hub/ledger.py).
- `hub_notice`: what the hub tells an office about one of its participants (transfer, BPJS rejection, waiting
  list, deactivation, NIK check; hub/notices.py), carried on its receipts from the first one issued after it
  (`receipt`: that receipt's number) until the office acknowledges one (`delivered_at`).
- `hub_receipt`: every receipt issued (the signed bytes too, for GET /api/v1/receipts/{device_id}).
- `hub_setting`: hub name, quota and other settings.
- `hub_operator`, `hub_session`, `hub_login_throttle`: the web console's accounts, sign-ins and wrong-password delays.
- `hub_bpjs_file`: files sent to and received from BPJS through the console, kept with their row counts.
- `hub_security_event`: what an office tried and was refused for (another kelurahan's data, future dates...).
- `hub_audit_anchor`: every office audit chain head a bundle carried (hub/anchors.py), to check the next one.
- `hub_audit`: the hash-chained record of who did what at the hub (hub/audit.py).
- `hub_card_revocation` (migration 0008): cards their office revoked (a reprint), keyed by the office's kelurahan
  and the card serial, so `verify-card` says "dicabut" (hub/card_checks.py). `hub_participant.purged_at`: when
  the office's retention purge erased the registration's personal data here too (hub/privacy.py).
Times are naive UTC.
"""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData(naming_convention={
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
})

DEVICE_ID = sa.String(24)
BUNDLE_ID = sa.String(36)
PARTICIPANT_ID = sa.String(64)
KELURAHAN = sa.String(13)

setting = sa.Table(
    "hub_setting", metadata,
    sa.Column("key", sa.String(64), primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
)

device = sa.Table(
    "hub_device", metadata,
    sa.Column("device_id", DEVICE_ID, primary_key=True),
    sa.Column("kelurahan_code", KELURAHAN, nullable=False, index=True),
    sa.Column("office_name", sa.String(100), nullable=False),
    sa.Column("signing_public", sa.LargeBinary(32), nullable=False),
    sa.Column("encryption_public", sa.LargeBinary(32), nullable=False),
    sa.Column("fingerprint", sa.String(39), nullable=False),
    sa.Column("app_version", sa.String(32), nullable=False),
    sa.Column("enrolled_at", sa.DateTime, nullable=False),
    sa.Column("active", sa.Boolean, nullable=False),
    sa.Column("reads", sa.Text, nullable=True),
    sa.Column("reads_at", sa.DateTime, nullable=True),
    sa.Column("acked_receipt", sa.Integer, nullable=False, server_default="0"),
    sa.Column("revoked_at", sa.DateTime, nullable=True),
    sa.Column("revoked_reason", sa.String(200), nullable=True),
)

bundle = sa.Table(
    "hub_bundle", metadata,
    sa.Column("bundle_id", BUNDLE_ID, primary_key=True),
    sa.Column("device_id", DEVICE_ID, sa.ForeignKey("hub_device.device_id"), nullable=False, index=True),
    sa.Column("kelurahan_code", KELURAHAN, nullable=False),
    sa.Column("seq_from", sa.BigInteger, nullable=False),
    sa.Column("seq_to", sa.BigInteger, nullable=False),
    sa.Column("record_count", sa.Integer, nullable=False),
    sa.Column("sha256", sa.String(64), nullable=False, unique=True),
    sa.Column("size", sa.BigInteger, nullable=False),
    sa.Column("previous_bundle_id", BUNDLE_ID, nullable=True, index=True),
    sa.Column("previous_sha256", sa.String(64), nullable=True),
    sa.Column("chain", sa.String(16), nullable=False),
    sa.Column("created_at", sa.DateTime, nullable=False),
    sa.Column("received_at", sa.DateTime, nullable=False),
    sa.Column("source", sa.String(16), nullable=False),
    sa.Column("summary", sa.Text, nullable=False),
)

change = sa.Table(
    "hub_change", metadata,
    sa.Column("device_id", DEVICE_ID, sa.ForeignKey("hub_device.device_id"), primary_key=True),
    sa.Column("seq", sa.BigInteger, primary_key=True, autoincrement=False),
    sa.Column("participant_id", PARTICIPANT_ID, nullable=False),
    sa.Column("revision", sa.Integer, nullable=False),
    sa.Column("op", sa.String(8), nullable=False),
    sa.Column("bundle_id", BUNDLE_ID, nullable=False),
    sa.Column("changed_at", sa.String(20), nullable=False),
    sa.Column("changed_by", sa.String(64), nullable=False),
    sa.Column("received_at", sa.DateTime, nullable=False),
    sa.Column("outcome", sa.String(16), nullable=False),
    sa.Column("verdict", sa.String(16), nullable=False),
    sa.Column("reason", sa.String(500), nullable=True),
    sa.Column("dup_nik", sa.String(16), nullable=True),
    sa.Column("dup_kelurahan_code", KELURAHAN, nullable=True),
    sa.Column("answered_in", BUNDLE_ID, nullable=True),
    sa.Column("snapshot", sa.Text, nullable=True),
    sa.Index("ix_hub_change_device_answered", "device_id", "answered_in"),
)

participant = sa.Table(
    "hub_participant", metadata,
    sa.Column("participant_id", PARTICIPANT_ID, primary_key=True),
    sa.Column("revision", sa.Integer, nullable=False),
    sa.Column("device_id", DEVICE_ID, nullable=False, index=True),
    sa.Column("kelurahan_code", KELURAHAN, nullable=True),
    sa.Column("nik", sa.String(16), nullable=True),
    sa.Column("full_name", sa.String(100), nullable=True),
    sa.Column("category", sa.String(32), nullable=True),
    sa.Column("record", sa.Text, nullable=True),
    sa.Column("first_received_at", sa.DateTime, nullable=False),
    sa.Column("updated_at", sa.DateTime, nullable=False),
    sa.Column("deleted_at", sa.DateTime, nullable=True),
    sa.Column("deleted_reason", sa.String(32), nullable=True),
    sa.Column("bpjs_exported_at", sa.DateTime, nullable=True),
    sa.Column("news_pending", sa.Boolean, nullable=False),
    sa.Column("owner_kelurahan", KELURAHAN, nullable=False, server_default="", index=True),
    sa.Column("news_receipt", sa.Integer, nullable=True),
    sa.Column("bpjs_rejected_at", sa.DateTime, nullable=True),  # migration 0005: BPJS rejected this version
    sa.Column("bpjs_rejected_reason", sa.String(500), nullable=True),
    sa.Column("purged_at", sa.DateTime, nullable=True),  # migration 0008: personal data erased (hub/privacy.py)
    sa.Index("ix_hub_participant_nik_live", "nik", unique=True,
             sqlite_where=sa.text("deleted_at IS NULL AND nik IS NOT NULL"),
             postgresql_where=sa.text("deleted_at IS NULL AND nik IS NOT NULL")),
)

duplicate = sa.Table(
    "hub_duplicate", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("participant_id", PARTICIPANT_ID, nullable=False, unique=True),
    sa.Column("device_id", DEVICE_ID, nullable=False),
    sa.Column("kelurahan_code", KELURAHAN, nullable=False),
    sa.Column("nik", sa.String(16), nullable=False, index=True),
    sa.Column("full_name", sa.String(100), nullable=False),
    sa.Column("revision", sa.Integer, nullable=False),
    sa.Column("seq", sa.BigInteger, nullable=False),
    sa.Column("record", sa.Text, nullable=False),
    sa.Column("first_participant_id", PARTICIPANT_ID, nullable=False),
    sa.Column("first_kelurahan_code", KELURAHAN, nullable=False),
    sa.Column("status", sa.String(16), nullable=False, index=True),
    sa.Column("resolution", sa.String(200), nullable=True),
    sa.Column("created_at", sa.DateTime, nullable=False),
    sa.Column("updated_at", sa.DateTime, nullable=False),
    sa.Column("decided_by", sa.String(64), nullable=True),  # migration 0002: an operator's decision
    sa.Column("decided_at", sa.DateTime, nullable=True),
)

kpj = sa.Table(
    "hub_kpj", metadata,
    sa.Column("participant_id", PARTICIPANT_ID, sa.ForeignKey("hub_participant.participant_id"), primary_key=True),
    sa.Column("nik", sa.String(16), nullable=False),
    sa.Column("kpj_number", sa.String(11), nullable=False, unique=True),
    sa.Column("imported_at", sa.DateTime, nullable=False),
    sa.Column("source", sa.String(200), nullable=False),
    sa.Column("member_since", sa.Date, nullable=True),  # migration 0005: BPJS's membership start date
)

coverage = sa.Table(
    "hub_coverage", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("participant_id", PARTICIPANT_ID, sa.ForeignKey("hub_participant.participant_id"), nullable=False,
              index=True),
    sa.Column("month_from", sa.String(7), nullable=False),
    sa.Column("month_to", sa.String(7), nullable=False),
    sa.Column("funding_source", sa.String(100), nullable=False),
    sa.Column("budget_year", sa.Integer, nullable=False),
    sa.Column("tariff", sa.Integer, nullable=False),
    sa.Column("created_at", sa.DateTime, nullable=False),
)

receipt = sa.Table(
    "hub_receipt", metadata,
    sa.Column("bundle_id", BUNDLE_ID, primary_key=True),
    sa.Column("device_id", DEVICE_ID, sa.ForeignKey("hub_device.device_id"), nullable=False, index=True),
    sa.Column("number", sa.Integer, nullable=False),
    sa.Column("seq_from", sa.BigInteger, nullable=False),
    sa.Column("seq_to", sa.BigInteger, nullable=False),
    sa.Column("change_count", sa.Integer, nullable=False),
    sa.Column("participant_count", sa.Integer, nullable=False),
    sa.Column("sha256", sa.String(64), nullable=False),
    sa.Column("created_at", sa.DateTime, nullable=False),
    sa.Column("data", sa.LargeBinary, nullable=False),
    sa.UniqueConstraint("device_id", "number"),
)

# --- the web console's operators, sessions and sign-in throttle (migration 0002) -------------------------------
operator = sa.Table(
    "hub_operator", metadata,
    sa.Column("name", sa.String(64), primary_key=True),
    sa.Column("role", sa.String(16), nullable=False),
    sa.Column("password_hash", sa.String(255), nullable=False),
    sa.Column("active", sa.Boolean, nullable=False),
    sa.Column("created_at", sa.DateTime, nullable=False),
    sa.Column("password_changed_at", sa.DateTime, nullable=False),
    sa.Column("last_login_at", sa.DateTime, nullable=True),
)

session = sa.Table(
    "hub_session", metadata,
    sa.Column("token_hash", sa.String(64), primary_key=True),
    sa.Column("operator_name", sa.String(64), sa.ForeignKey("hub_operator.name"), nullable=False, index=True),
    sa.Column("csrf_token", sa.String(64), nullable=False),
    sa.Column("created_at", sa.DateTime, nullable=False),
    sa.Column("last_seen_at", sa.DateTime, nullable=False),
    sa.Column("ended_at", sa.DateTime, nullable=True),
)

login_throttle = sa.Table(
    "hub_login_throttle", metadata,
    sa.Column("name", sa.String(64), primary_key=True),
    sa.Column("failures", sa.Integer, nullable=False),
    sa.Column("next_attempt_at", sa.DateTime, nullable=False),
)

bpjs_file = sa.Table(  # every file sent to or received from BPJS through the console, with its row counts
    "hub_bpjs_file", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("kind", sa.String(16), nullable=False),  # export | kpj
    sa.Column("file_name", sa.String(200), nullable=False),
    sa.Column("rows", sa.Integer, nullable=False),
    sa.Column("summary", sa.Text, nullable=False),
    sa.Column("data", sa.LargeBinary, nullable=False),
    sa.Column("created_at", sa.DateTime, nullable=False),
    sa.Column("created_by", sa.String(64), nullable=False),
)

# The console's search and dashboard (migration 0002): a name order to page through, any NIK (the live-NIK
# index above cannot answer for withdrawn rows), live participants per kelurahan without reading their
# records, and rejected changes per device.
sa.Index("ix_hub_participant_name", participant.c.full_name, participant.c.participant_id)
sa.Index("ix_hub_participant_nik_any", participant.c.nik)
sa.Index("ix_hub_participant_kelurahan_live", participant.c.kelurahan_code, participant.c.participant_id,
         sqlite_where=sa.text("deleted_at IS NULL AND nik IS NOT NULL"),
         postgresql_where=sa.text("deleted_at IS NULL AND nik IS NOT NULL"))
sa.Index("ix_hub_change_verdict_device", change.c.verdict, change.c.device_id)

# --- hub trust (migration 0003) ------------------------------------------------------------------------------
security_event = sa.Table(
    "hub_security_event", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("at", sa.DateTime, nullable=False, index=True),
    sa.Column("kind", sa.String(32), nullable=False),
    sa.Column("device_id", DEVICE_ID, nullable=True),
    sa.Column("kelurahan_code", KELURAHAN, nullable=True),
    sa.Column("bundle_id", BUNDLE_ID, nullable=True),
    sa.Column("seq", sa.BigInteger, nullable=True),
    sa.Column("participant_id", PARTICIPANT_ID, nullable=True),
    sa.Column("detail", sa.Text, nullable=False),
)

audit_anchor = sa.Table(
    "hub_audit_anchor", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("device_id", DEVICE_ID, nullable=False, index=True),
    sa.Column("bundle_id", BUNDLE_ID, nullable=False),
    sa.Column("last_id", sa.BigInteger, nullable=False),  # the office's last audit event id
    sa.Column("head", sa.String(64), nullable=False),  # and its hash
    sa.Column("received_at", sa.DateTime, nullable=False),
    sa.Column("verdict", sa.String(16), nullable=False),  # start | extends | rewritten | behind | unproven
)

audit = sa.Table(
    "hub_audit", metadata,
    sa.Column("seq", sa.BigInteger, primary_key=True, autoincrement=False),
    sa.Column("at", sa.DateTime, nullable=False),
    sa.Column("actor", sa.String(100), nullable=False),
    sa.Column("action", sa.String(64), nullable=False),
    sa.Column("target", sa.String(200), nullable=True),
    sa.Column("detail", sa.Text, nullable=True),
    sa.Column("prev_hash", sa.String(64), nullable=False),
    sa.Column("hash", sa.String(64), nullable=False),
)

# --- the programme (migration 0004): persons, funded periods, the monthly ledger ----------------------------------
person = sa.Table(
    "hub_person", metadata,
    sa.Column("nik", sa.String(16), primary_key=True),
    sa.Column("home_participant_id", PARTICIPANT_ID, nullable=True, index=True),  # NULL: no live registration
    sa.Column("kelurahan_code", KELURAHAN, nullable=False, index=True),  # the home's kelurahan (or the last one)
    sa.Column("full_name", sa.String(100), nullable=False),
    sa.Column("category", sa.String(32), nullable=True),
    sa.Column("accepted_at", sa.DateTime, nullable=False),  # first accepted by the hub: the waiting list's order
    sa.Column("placed_at", sa.DateTime, nullable=True),  # holds a funded place since (first sent to BPJS)
    sa.Column("place", sa.Integer, nullable=True),  # number on the waiting list (NULL: not waiting)
    sa.Column("ended_reason", sa.String(16), nullable=True),  # meninggal | pindah_luar | bukan_peran | usia | ...
    sa.Column("ended_on", sa.Date, nullable=True),  # the event's date (the day of death, ...)
    sa.Column("ended_from", sa.String(7), nullable=True),  # the first month no longer covered
    sa.Column("ended_detail", sa.Text, nullable=True),  # JSON: who decided, note, beneficiary for the JKM claim
    sa.Column("ended_at", sa.DateTime, nullable=True),
    sa.Column("ended_sent_at", sa.DateTime, nullable=True),  # on a deactivation list written for BPJS
    sa.Column("moved_at", sa.DateTime, nullable=True),  # its home moved kelurahan: an address change for BPJS
    sa.Column("moved_sent_at", sa.DateTime, nullable=True),  # ... on a list written for BPJS
    sa.Column("place_told", sa.Integer, nullable=True),  # migration 0005: the waiting number last told the office
    sa.Column("updated_at", sa.DateTime, nullable=False),
    sa.Index("ix_hub_person_queue", "placed_at", "ended_reason", "accepted_at", "nik"),
    # migration 0009: the waiting line alone (quota.in_line), counted from this index by the console's Ringkasan
    sa.Index("ix_hub_person_waiting", "placed_at", "ended_reason", "home_participant_id",
             sqlite_where=sa.text("placed_at IS NULL AND ended_reason IS NULL AND home_participant_id IS NOT NULL"),
             postgresql_where=sa.text("placed_at IS NULL AND ended_reason IS NULL AND home_participant_id IS NOT NULL")),
)

period = sa.Table(
    "hub_period", metadata,
    sa.Column("code", sa.String(7), primary_key=True),  # its first month, YYYY-MM
    sa.Column("month_from", sa.String(7), nullable=False),
    sa.Column("month_to", sa.String(7), nullable=False),
    sa.Column("quota", sa.Integer, nullable=False),
    sa.Column("budget", sa.BigInteger, nullable=True),  # rupiah, when the budget office gave one
    sa.Column("funding_source", sa.String(100), nullable=False),
    sa.Column("opened_at", sa.DateTime, nullable=False),
    sa.Column("opened_by", sa.String(100), nullable=False),
)

ledger = sa.Table(
    "hub_ledger", metadata,
    sa.Column("month", sa.String(7), primary_key=True),
    sa.Column("nik", sa.String(16), primary_key=True),
    sa.Column("kelurahan_code", KELURAHAN, nullable=False),
    sa.Column("category", sa.String(32), nullable=True),
    sa.Column("covered", sa.Boolean, nullable=False),
    sa.Column("tariff", sa.Integer, nullable=False),
    sa.Column("amount", sa.Integer, nullable=False),  # tariff when covered, 0 when not
    sa.Column("period_code", sa.String(7), nullable=True),
    sa.Column("note", sa.String(100), nullable=True),  # why a month is not covered
    # by month: the primary key (migration 0010 dropped a (month, kelurahan, category) index no query needed)
    sa.Index("ix_hub_ledger_nik", "nik", "month"),
)
sa.Index("ix_hub_kpj_nik", kpj.c.nik)

notice = sa.Table(
    "hub_notice", metadata,
    sa.Column("notice_id", sa.String(36), primary_key=True),
    sa.Column("device_id", DEVICE_ID, sa.ForeignKey("hub_device.device_id"), nullable=False),
    sa.Column("participant_id", PARTICIPANT_ID, nullable=False, index=True),
    sa.Column("kind", sa.String(32), nullable=False),
    sa.Column("text", sa.String(500), nullable=False),
    sa.Column("data", sa.Text, nullable=False),
    sa.Column("created_at", sa.DateTime, nullable=False),
    sa.Column("receipt", sa.Integer, nullable=True),
    sa.Column("delivered_at", sa.DateTime, nullable=True),
    sa.Index("ix_hub_notice_pending", "device_id", "delivered_at", "receipt"),
)

card_revocation = sa.Table(  # migration 0008
    "hub_card_revocation", metadata,
    sa.Column("kelurahan_code", KELURAHAN, primary_key=True),  # of the office that issued (and revoked) the card
    sa.Column("serial", sa.String(32), primary_key=True),
    sa.Column("participant_id", PARTICIPANT_ID, nullable=False),
    sa.Column("replaced_by", sa.String(32), nullable=True),
    sa.Column("revoked_at", sa.DateTime, nullable=False),  # when the office revoked it (its clock)
    sa.Column("device_id", DEVICE_ID, nullable=False),  # the device that told the hub
    sa.Column("received_at", sa.DateTime, nullable=False),
)
