"""`python -m jamsos_desktop.hub`: the same as the `jamsos-hub` command."""

from jamsos_desktop.hub.cli import main

raise SystemExit(main())
