"""The office database: SQLite through sqlmodel, Alembic migrations, repositories and backups."""
