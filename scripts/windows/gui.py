"""The built app on Qt's real `windows` platform, drawn by Wine on a virtual X screen (Xvfb).

First its --self-test with QT_QPA_PLATFORM=windows; then the app as a clerk meets it: the demo office opens, the
login window is photographed, the demo admin's name and password are typed (xdotool, real key presses), and the
main window is photographed (after closing the preparation checklist a fresh office opens over it). The
pictures go to docs/screenshots/windows-login.png and windows-main.png.
Wine's mscms.dll aborts Qt's windows platform, so these runs load the stand-in (standins.MSCMS_OVERRIDE).
"""

from __future__ import annotations

import contextlib
import os
import select
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from standins import MSCMS_OVERRIDE
from steps import SELF_TEST_OK, StepFailed, app_folder, expect, frozen_env
from winenv import OUT, ROOT, wine, wine_env, winpath

SCREENSHOTS = ROOT / "docs" / "screenshots"
GRAB = Path(__file__).resolve().parent / "grab.py"
DEMO_LOGIN = ("admin", "admin123")  # the demo office's admin (app.DEMO_ACCOUNTS)
APP_LOG = OUT / "gui-app.log"
# Creating the demo office and signing in takes the app ~10 s of CPU under Wine: 20x that is a hang. The limit
# is CPU time so that a shared, busy machine (the app waiting for a core) does not fail the step; the wall-clock
# bound is for an app that waits without working (a window drawn nowhere, a lock).
WINDOW_CPU_S = 200
WINDOW_WALL_S = 1800
QUIET_WAIT_S = 3600
CHECKLIST_TITLE = "Daftar persiapan kantor"  # ui/views/sync/checklist.py: a fresh office's first screen
INSTALL_HINT = "apt-get install xvfb xdotool (or: bash scripts/system-deps.sh windows)"


@contextlib.contextmanager
def xvfb() -> Iterator[str]:
    """A fresh Xvfb on a free display number; its name (":N")."""
    for tool in ("Xvfb", "xdotool"):
        if shutil.which(tool) is None:
            raise StepFailed(f"{tool} is missing: {INSTALL_HINT}")
    read_end, write_end = os.pipe()
    proc = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x800x24", "-nolisten",
                             "tcp"], pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_end)
    try:
        ready, _, _ = select.select([read_end], [], [], 60)
        number = os.read(read_end, 16).decode().strip() if ready else ""
        expect(number.isdigit(), "Xvfb did not start", number)
        yield f":{number}"
    finally:
        os.close(read_end)
        proc.terminate()
        proc.wait(30)


def xdotool(display: str, *args: str) -> str:
    env = {**os.environ, "DISPLAY": display}
    try:
        return subprocess.run(["xdotool", *args], env=env, capture_output=True, text=True, timeout=60).stdout.strip()
    except subprocess.TimeoutExpired:
        return ""  # e.g. a focus change never confirmed: the next look at the screen tells


def cpu_seconds(pid: int) -> float:
    """The CPU time a process has used so far (under Wine, `wine APP.exe` becomes the app's own process)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def wait_for_window(display: str, title: str, app: subprocess.Popen[str], cpu_budget: float = WINDOW_CPU_S) -> str:
    """The X window id of the first visible window whose title starts with `title`.

    The limit is the app's own CPU time, so a busy shared machine (the app waits for a core) does not fail the
    step while a hung or looping app still does; WINDOW_WALL_S bounds the wait in any case.
    """
    start, deadline = cpu_seconds(app.pid), time.monotonic() + WINDOW_WALL_S
    while time.monotonic() < deadline and cpu_seconds(app.pid) - start < cpu_budget:
        found = xdotool(display, "search", "--onlyvisible", "--name", f"^{title}").split()
        if found:
            print(f"'{title}' shown; the app has used {cpu_seconds(app.pid):.0f} s of CPU", flush=True)
            time.sleep(3)  # let Qt finish painting
            return found[0]
        if app.poll() is not None:
            raise StepFailed(f"the app closed before showing '{title}': see {APP_LOG.relative_to(ROOT)}")
        time.sleep(2)
    names = [xdotool(display, "getwindowname", w) for w in xdotool(display, "search", "--onlyvisible", "--name", ".")
             .split()]
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    subprocess.run([sys.executable, str(GRAB), str(OUT / "gui-timeout.png")], env=env, timeout=180, check=False)
    used = cpu_seconds(app.pid) - start
    raise StepFailed(f"no window '{title}' after {used:.0f} s of the app's CPU time; windows shown: {names} "
                     f"(screen: {(OUT / 'gui-timeout.png').relative_to(ROOT)}, app output: {APP_LOG.relative_to(ROOT)})")


def keep_output(app: subprocess.Popen[str]) -> None:
    assert app.stdout is not None
    with APP_LOG.open("w", encoding="utf-8") as log:
        for line in app.stdout:
            log.write(line)
            log.flush()


def geometry(display: str, window: str) -> list[str]:
    """x, y, width and height of an X window, as xdotool reports them."""
    shell = dict(line.split("=", 1) for line in xdotool(display, "getwindowgeometry", "--shell", window).splitlines()
                 if "=" in line)
    return [shell.get(key, "0") for key in ("X", "Y", "WIDTH", "HEIGHT")]


def screenshot(display: str, window: str, name: str) -> Path:
    """The window's area of the screen (what a person sees, whichever X window Wine drew it in)."""
    out = SCREENSHOTS / name
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    result = subprocess.run([sys.executable, str(GRAB), str(out), *geometry(display, window)], env=env,
                            capture_output=True, text=True, timeout=180)
    expect(result.returncode == 0, f"screenshot {name}", result.stdout + result.stderr)
    print(result.stdout.strip())
    return out


def windows_platform_self_test(display: str) -> None:
    exe = app_folder() / "jamsos-desktop.exe"
    env = frozen_env({"QT_QPA_PLATFORM": "windows", "DISPLAY": display}, overrides=MSCMS_OVERRIDE)
    result = wine([str(exe), "--self-test"], env=env, cwd=OUT)
    print(result.stdout.rstrip())
    expect(result.returncode == 0 and SELF_TEST_OK in result.stdout, "frozen --self-test on the windows platform",
           result.stdout)


def close_checklist(display: str, app: subprocess.Popen[str]) -> None:
    """A fresh office opens its preparation checklist over the main window; close it as a clerk does: a click
    on its Tutup button, the dialog's bottom-right corner, once it is drawn (Esc does not reach a window that
    Wine has not activated; screen coordinates, as xdotool's window-relative ones miss Wine's windows)."""
    checklist = wait_for_window(display, CHECKLIST_TITLE, app)
    time.sleep(5)
    x, y, width, height = (int(v) for v in geometry(display, checklist))
    xdotool(display, "mousemove", str(x + width - 50), str(y + height - 24))
    time.sleep(1)
    xdotool(display, "click", "1")
    deadline = time.monotonic() + 120  # the app fills the participant list meanwhile; the click waits its turn
    while (still := xdotool(display, "search", "--onlyvisible", "--name", f"^{CHECKLIST_TITLE}")) and \
            time.monotonic() < deadline:
        time.sleep(3)
    expect(not still, f"the '{CHECKLIST_TITLE}' dialog did not close when its Tutup button was clicked", still)


def quiet_prefix() -> None:
    """Wine shows every window of a session on the display of the program that started the session (its
    desktop, explorer.exe): a Windows program running without a display in the same prefix (another checkout's
    suite) would leave the app's windows nowhere. Wait until nothing runs there, so this step starts it."""
    print("waiting until no other Windows program runs in the Wine prefix…", flush=True)
    try:
        subprocess.run(["wineserver", "-w"], env=wine_env(), timeout=QUIET_WAIT_S, check=False)
    except subprocess.TimeoutExpired as exc:
        raise StepFailed(f"other Windows programs kept the Wine prefix busy for {QUIET_WAIT_S} s") from exc


def login_and_main_window(display: str) -> list[Path]:
    exe = app_folder() / "jamsos-desktop.exe"
    office = OUT / "gui-office"
    shutil.rmtree(office, ignore_errors=True)
    env = frozen_env({"DISPLAY": display}, overrides=MSCMS_OVERRIDE)  # the app's own default: Qt's windows platform
    app = subprocess.Popen(["wine", str(exe), "--demo", "--data-dir", winpath(office)], stdin=subprocess.PIPE,
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env, cwd=OUT)
    threading.Thread(target=keep_output, args=(app,), daemon=True).start()  # a full pipe would stall the app
    try:
        login = wait_for_window(display, "Masuk", app)
        shots = [screenshot(display, login, "windows-login.png")]
        xdotool(display, "windowfocus", login)  # no window manager here: focus the dialog, then click into it
        xdotool(display, "mousemove", "--window", login, "6", "6", "click", "1")  # its margin; the name field
        time.sleep(1)                                                             # keeps the keyboard focus
        user, password = DEMO_LOGIN
        xdotool(display, "type", "--delay", "60", user)
        xdotool(display, "key", "Tab")
        xdotool(display, "type", "--delay", "60", password)
        xdotool(display, "key", "Return")
        main = wait_for_window(display, "Jamsos Desktop —", app)
        close_checklist(display, app)
        time.sleep(5)  # the participant list fills after the window shows
        shots.append(screenshot(display, main, "windows-main.png"))
        return shots
    finally:
        app.kill()
        app.wait(60)


def gui() -> None:
    quiet_prefix()
    with xvfb() as display:
        windows_platform_self_test(display)
        for shot in login_and_main_window(display):
            print(f"look at {shot.relative_to(ROOT)}")
