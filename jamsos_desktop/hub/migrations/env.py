"""Alembic environment for the hub database (run by hub.store.HubStore.migrate, never by the alembic CLI)."""

from __future__ import annotations

from alembic import context

from jamsos_desktop.hub.schema import metadata
from jamsos_desktop.hub.store import VERSION_TABLE


def run_migrations() -> None:
    connection = context.config.attributes["connection"]
    context.configure(connection=connection, target_metadata=metadata, version_table=VERSION_TABLE,
                      render_as_batch=connection.dialect.name == "sqlite", compare_type=True)
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
