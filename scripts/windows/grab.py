"""Save part of an X display as PNG, once something is drawn there: `python grab.py OUT.png [X Y W H]`.

Runs on the host with Linux Qt (QT_QPA_PLATFORM=xcb, DISPLAY set by the caller) and photographs the screen as
Wine shows it. Wine may map a window before it has painted it: a blank picture is taken again, for a minute.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtGui import QGuiApplication, QImage

WAIT_S = 60


def drawn(image: QImage) -> bool:
    """More than a few colours on a coarse grid: something was painted."""
    colours = {image.pixel(x, y) for x in range(0, image.width(), 16) for y in range(0, image.height(), 16)}
    return len(colours) > 8


def main(argv: list[str]) -> int:
    app = QGuiApplication(["grab"])
    screen = app.primaryScreen()
    x, y, w, h = (int(v) for v in argv[1:5]) if len(argv) >= 5 else (0, 0, -1, -1)
    deadline = time.monotonic() + WAIT_S
    image = screen.grabWindow(0, x, y, w, h).toImage()
    while not drawn(image) and time.monotonic() < deadline:
        time.sleep(2)
        image = screen.grabWindow(0, x, y, w, h).toImage()
    if image.isNull() or not drawn(image) or not image.save(argv[0], "PNG"):
        print(f"nothing drawn to photograph for {argv[0]}", file=sys.stderr)
        return 1
    print(f"{argv[0]}: {image.width()}x{image.height()}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
