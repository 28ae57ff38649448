"""`python -m jamsos_desktop.hub`: the same as the `jamsos-hub` command."""

from jamsos_desktop.hub.cli import main

if __name__ == "__main__":  # a large import's worker process (hub/prepare.py, spawn) must not run the command again
    raise SystemExit(main())
