"""`python -m jamsos_desktop.cli` runs the jamsos command."""

from jamsos_desktop.cli import main

raise SystemExit(main())
