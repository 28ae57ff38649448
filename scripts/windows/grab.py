"""Save one X window (or the whole screen) of an X display as PNG: `python grab.py OUT.png [WINDOW_ID]`.

Runs on the host with Linux Qt (QT_QPA_PLATFORM=xcb, DISPLAY set by the caller): it photographs what Wine shows.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QGuiApplication


def main(argv: list[str]) -> int:
    app = QGuiApplication(["grab"])
    screen = app.primaryScreen()
    image = screen.grabWindow(int(argv[1]) if len(argv) > 1 else 0)
    if image.isNull() or not image.save(argv[0], "PNG"):
        print(f"could not save a screenshot to {argv[0]}", file=sys.stderr)
        return 1
    print(f"{argv[0]}: {image.width()}x{image.height()}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
