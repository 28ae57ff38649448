"""`python -m jamsos_desktop.hub`: the same as the `jamsos-hub` command."""

from jamsos_desktop.hub.cli import main

if __name__ == "__main__":  # a process that imports this module (multiprocessing's spawn) never runs the command
    raise SystemExit(main())
