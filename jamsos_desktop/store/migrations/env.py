"""Alembic environment for the office database (called from store.migrate, never from the alembic CLI)."""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

import jamsos_desktop.store.models  # noqa: F401  (registers the tables on SQLModel.metadata)
from jamsos_desktop.store.migrate import include_object


def run_migrations() -> None:
    connection = context.config.attributes["connection"]
    context.configure(
        connection=connection,
        target_metadata=SQLModel.metadata,
        render_as_batch=True,
        include_object=include_object,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
