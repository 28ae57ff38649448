"""The hub store: migrations build the declared schema on SQLite and PostgreSQL; writes are serialised."""

from __future__ import annotations

import threading
from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from jamsos_desktop.hub import schema
from jamsos_desktop.hub.service import Hub
from jamsos_desktop.hub.store import VERSION_TABLE, HubStore

from .conftest import import_bytes
from .helpers import BELIAN


def test_migrations_build_exactly_the_declared_schema(db_url: str) -> None:
    store = HubStore(db_url)
    try:
        assert store.current_revision() is None
        assert store.migrate() is True
        assert store.current_revision() == store.head_revision()
        assert store.migrate() is False
        with store.engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn, opts={"version_table": VERSION_TABLE}),
                                    schema.metadata)
            indexes = {i["name"]: i for i in sa.inspect(conn).get_indexes("hub_participant")}
        assert diff == []
        assert indexes["ix_hub_participant_nik_live"]["unique"]
    finally:
        store.dispose()


def test_downgrade_removes_every_table(db_url: str) -> None:
    store = HubStore(db_url)
    try:
        store.migrate()
        cfg = store.alembic_config()
        with store.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "base")
        with store.engine.connect() as conn:
            assert set(sa.inspect(conn).get_table_names()) <= {VERSION_TABLE}
    finally:
        store.dispose()


def test_one_live_row_per_nik_is_enforced_by_the_database(hub: Hub, make_office, tmp_path: Path) -> None:
    office = make_office(BELIAN)
    [person] = office.register(1)
    import_bytes(hub, tmp_path / "in", office.bundle())
    p = schema.participant
    try:
        with hub.store.write() as conn:
            conn.execute(sa.insert(p), [{"participant_id": "other", "revision": 1, "device_id": office.device_id,
                                         "nik": person["nik"], "first_received_at": hub.clock(),
                                         "updated_at": hub.clock(), "news_pending": False}])
    except sa.exc.IntegrityError:
        pass
    else:
        raise AssertionError("a second live row with the same NIK was accepted")


def test_concurrent_imports_of_one_bundle_apply_it_once(hub: Hub, make_office, tmp_path: Path) -> None:
    office = make_office(BELIAN)
    office.register(30)
    data = office.bundle()
    results: list[str] = []
    errors: list[BaseException] = []

    def upload() -> None:
        try:
            results.append(hub.receive(data).report.status)
        except BaseException as exc:  # noqa: BLE001 - collected for the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=upload) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert sorted(results) == ["imported"] + ["replay"] * 5
    assert hub.report().total == 30


def test_two_stores_on_one_database_serialise_their_writes(db_url: str, tmp_path: Path) -> None:
    """Two processes (here: two engines) writing at once wait for each other instead of failing."""
    first, second = HubStore(db_url), HubStore(db_url)
    try:
        first.migrate()
        inside = threading.Event()
        order: list[str] = []

        def slow() -> None:
            with first.write() as conn:
                inside.set()
                conn.execute(sa.insert(schema.setting), [{"key": "a", "value": "1"}])
                threading.Event().wait(0.3)
                order.append("first")

        thread = threading.Thread(target=slow)
        thread.start()
        inside.wait(5)
        with second.write() as conn:
            order.append("second")
            count = conn.execute(sa.select(sa.func.count()).select_from(schema.setting)).scalar_one()
        thread.join()
        assert order == ["first", "second"] and count == 1
    finally:
        first.dispose()
        second.dispose()


def test_an_erasing_write_that_fails_leaves_the_connection_as_it_was(tmp_path: Path) -> None:
    """overwrite_freed turns SQLite's secure_delete on for one write; a write that fails after it must not hand
    the pooled connection on with it still on (every later write would zero what it frees, slowly)."""
    from jamsos_desktop.hub.store import overwrite_freed

    store = HubStore(f"sqlite:///{tmp_path / 'hub.db'}")
    try:
        store.migrate()
        try:
            with store.write() as conn:
                overwrite_freed(conn)
                assert conn.exec_driver_sql("PRAGMA secure_delete").scalar() == 1
                raise RuntimeError("the erasure failed half way")
        except RuntimeError:
            pass
        with store.write() as conn:
            assert conn.exec_driver_sql("PRAGMA secure_delete").scalar() == 0
    finally:
        store.dispose()
