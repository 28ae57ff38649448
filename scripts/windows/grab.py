"""Save part of an X display as PNG, once something is drawn there: `python grab.py OUT.png [X Y W H]`.

Runs on the host with Linux Qt (QT_QPA_PLATFORM=xcb, DISPLAY set by the caller) and photographs the screen as
Wine shows it. Wine may map a window before it has painted it: a blank picture is taken again, for a minute.
The X window Wine makes for a large (maximised) window can be a few pixels bigger than what the app draws in it:
the edge rows and columns that are pure black (the bare X screen, never the app's own colours) are cut off.
`python grab.py --trim FILE.png` does only that, to an existing picture.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtGui import QColor, QGuiApplication, QImage

WAIT_S = 60


def drawn(image: QImage) -> bool:
    """More than a few colours on a coarse grid: something was painted."""
    colours = {image.pixel(x, y) for x in range(0, image.width(), 16) for y in range(0, image.height(), 16)}
    return len(colours) > 8


def trimmed(image: QImage) -> QImage:
    """`image` without its edge rows and columns that are entirely pure black."""
    black = QColor(0, 0, 0).rgb()

    def bare(xs: range, ys: range) -> bool:
        return all(image.pixel(x, y) == black for x in xs for y in ys)

    left, top, right, bottom = 0, 0, image.width(), image.height()
    while right > left and bare(range(right - 1, right), range(top, bottom)):
        right -= 1
    while bottom > top and bare(range(left, right), range(bottom - 1, bottom)):
        bottom -= 1
    while left < right and bare(range(left, left + 1), range(top, bottom)):
        left += 1
    while top < bottom and bare(range(left, right), range(top, top + 1)):
        top += 1
    return image.copy(left, top, right - left, bottom - top)


def main(argv: list[str]) -> int:
    app = QGuiApplication(["grab"])
    if argv[:1] == ["--trim"]:
        image = trimmed(QImage(argv[1]).convertToFormat(QImage.Format.Format_RGB32))
        return 0 if image.save(argv[1], "PNG") else 1
    screen = app.primaryScreen()
    x, y, w, h = (int(v) for v in argv[1:5]) if len(argv) >= 5 else (0, 0, -1, -1)
    deadline = time.monotonic() + WAIT_S
    image = screen.grabWindow(0, x, y, w, h).toImage()
    while not drawn(image) and time.monotonic() < deadline:
        time.sleep(2)
        image = screen.grabWindow(0, x, y, w, h).toImage()
    if image.isNull() or not drawn(image) or not trimmed(image).save(argv[0], "PNG"):
        print(f"nothing drawn to photograph for {argv[0]}", file=sys.stderr)
        return 1
    print(f"{argv[0]}: {QImage(argv[0]).width()}x{QImage(argv[0]).height()}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
