"""The command line reads and writes UTF-8 whatever the console's code page.

Names may hold letters beyond ASCII (U+00C0-U+024F, e.g. "Çağlar"). On Windows a redirected stdout is in the ANSI
code page (cp1252), which has no "ğ": `jamsos list > daftar.txt` crashed with UnicodeEncodeError (exit 3) before
the streams were switched to UTF-8. Here the child runs with UTF-8 mode off and, on Linux, the C locale, so the
same happens on every system when the streams are left alone.
"""

import json
import os
import subprocess
import sys

NAME = "Çağlar Şükrü Ñoño"  # ğ and Ş are not in cp1252; all of it is allowed by the record check
ENV_USER = {"JAMSOS_USER": "admin", "JAMSOS_PASSWORD": "rahasia123"}


def jamsos_bytes(data_dir, *args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("JAMSOS_", "PYTHONIOENCODING", "LC_", "LANG"))}
    env.update(ENV_USER, PYTHONUTF8="0", PYTHONCOERCECLOCALE="0", LC_ALL="C")
    return subprocess.run([sys.executable, "-m", "jamsos_desktop.cli", "--data-dir", str(data_dir), *args],
                          input=stdin, capture_output=True, env=env, timeout=120)


def test_names_beyond_ascii_survive_pipes_in_and_out(tmp_path, valid_record):
    office = tmp_path / "office"
    assert jamsos_bytes(office, "init", "--kelurahan", "Sei Jodoh", "--admin", "admin").returncode == 0
    record = json.dumps({**valid_record, "full_name": NAME}, ensure_ascii=False).encode("utf-8")
    added = jamsos_bytes(office, "add", "-", "--json", stdin=record)
    assert added.returncode == 0, added.stderr.decode("utf-8", "replace")
    (saved,) = json.loads(added.stdout.decode("utf-8"))
    shown = jamsos_bytes(office, "--json", "show", saved["id"])
    assert json.loads(shown.stdout.decode("utf-8"))["full_name"].casefold() == NAME.casefold()  # stdin: UTF-8

    listed = jamsos_bytes(office, "list")
    assert listed.returncode == 0, listed.stderr.decode("utf-8", "replace")
    assert NAME.casefold() in listed.stdout.decode("utf-8").casefold()

    as_json = jamsos_bytes(office, "--json", "list")
    assert as_json.returncode == 0, as_json.stderr.decode("utf-8", "replace")
    assert [r["full_name"].casefold() for r in json.loads(as_json.stdout.decode("utf-8"))] == [NAME.casefold()]


def test_refusal_messages_naming_the_record_are_utf8_too(tmp_path, valid_record):
    office = tmp_path / "office"
    assert jamsos_bytes(office, "init", "--kelurahan", "Sei Jodoh", "--admin", "admin").returncode == 0
    bad = json.dumps({**valid_record, "full_name": NAME, "nik": "123"}, ensure_ascii=False).encode("utf-8")
    refused = jamsos_bytes(office, "add", "-", stdin=bad)
    assert refused.returncode == 1  # refused (exit 1), not crashed while saying so (exit 3)
    message = refused.stderr.decode("utf-8")
    assert "NIK harus 16 digit angka" in message and NAME.casefold() in message.casefold()
