"""Root test configuration: Qt runs offscreen unless a test opts into a real display."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
