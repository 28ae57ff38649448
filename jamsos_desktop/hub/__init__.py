"""The city office's hub (Disnaker): merge the kelurahan offices' bundles, find duplicates, run the BPJS loop.

Plain Python on SQLAlchemy Core (SQLite by default, PostgreSQL for a city-wide deployment), the sync format
layer and the domain rules; FastAPI only in `api.py`. Nothing here imports PySide6. `service.Hub` is the one
entry point the command line (`cli.py`) and the HTTP API both call.
"""
