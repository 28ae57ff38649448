"""Hostile spreadsheets are refused with a clear message, each in a real child process limited to 10 s of CPU,
using less than 300 MB of memory: a merged range over a billion rows, a value in column XFD of 3,000 rows, a
200 MB cell (inline and shared), a million rows, and the same shapes as CSV.

On Linux the child's CPU is limited by RLIMIT_CPU (it is killed at 10 s). Windows has no rlimits and no
preexec_fn: there the child reports the CPU time it used and the parent checks it, the run itself bounded by
the subprocess timeout. The peak memory is the child's own: VmHWM on Linux, the peak working set on Windows.
"""

import subprocess
import sys
import zipfile
from pathlib import Path

from openpyxl import Workbook

CPU_SECONDS = 10
MEMORY_LIMIT = 300 * 1024 * 1024
HEADER = ["NIK", "Nama Lengkap", "Tempat Lahir", "Tanggal Lahir", "Alamat"]
READ = ("import sys, time\nfrom pathlib import Path\nfrom jamsos_desktop.io import read_table, SheetError\n"
        "try:\n    read_table(Path(sys.argv[1]))\nexcept SheetError as exc:\n    print('REFUSED', exc)\n"
        "else:\n    print('READ')\n"
        "if sys.platform == 'win32':\n"
        "    import ctypes\n"
        "    from ctypes import wintypes\n"
        "    class Counters(ctypes.Structure):\n"
        "        _fields_ = [('cb', wintypes.DWORD), ('faults', wintypes.DWORD), ('peak', ctypes.c_size_t)]"
        " + [(f'n{i}', ctypes.c_size_t) for i in range(7)]\n"
        "    counters = Counters(cb=ctypes.sizeof(Counters))\n"
        "    k32 = ctypes.windll.kernel32\n"
        "    k32.GetCurrentProcess.restype = wintypes.HANDLE\n"
        "    k32.K32GetProcessMemoryInfo.argtypes = [wintypes.HANDLE, ctypes.POINTER(Counters), wintypes.DWORD]\n"
        "    assert k32.K32GetProcessMemoryInfo(k32.GetCurrentProcess(), ctypes.byref(counters), counters.cb)\n"
        "    peak_kib = counters.peak // 1024\n"
        "else:\n"
        "    hwm = [l for l in Path('/proc/self/status').read_text().splitlines() if l.startswith('VmHWM:')]\n"
        "    peak_kib = int(hwm[0].split()[1])\n"
        "print('CPU_S', time.process_time(), 'PEAK_KIB', peak_kib, file=sys.stderr)\n")
# VmHWM, the peak of this program's own memory: getrusage's ru_maxrss keeps the high-water mark of the
# process before exec, which is the whole pytest process when the suite has been running for a while.


def _limit_cpu() -> None:
    import resource  # POSIX only

    resource.setrlimit(resource.RLIMIT_CPU, (CPU_SECONDS, CPU_SECONDS))


def read_in_child(path: Path) -> str:
    limit = {} if sys.platform == "win32" else {"preexec_fn": _limit_cpu}  # Windows: checked after the run
    proc = subprocess.run([sys.executable, "-c", READ, str(path)], capture_output=True, text=True, timeout=120,
                          **limit)
    assert proc.returncode == 0, f"killed or failed (CPU limit {CPU_SECONDS} s?): {proc.returncode} {proc.stderr[-800:]}"
    cpu, peak = proc.stderr.rsplit("CPU_S", 1)[1].split("PEAK_KIB")
    assert float(cpu) < CPU_SECONDS, f"{float(cpu):.1f} s of CPU"
    peak_kib = int(peak)
    assert peak_kib * 1024 < MEMORY_LIMIT, f"peak memory {peak_kib // 1024} MB"
    return proc.stdout


def _base(path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(HEADER)
    ws.append(["2171024505800003", "Siti Aminah", "Batam", "05-05-1980", "Jl. Mawar"])
    wb.save(path)
    return path


def _replace_part(path: Path, part: str, chunks) -> Path:
    """Rewrite one XML part of an .xlsx, streamed from `chunks` (bytes), keeping every other part."""
    out = path.with_name("hostile-" + path.name)
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename != part:
                dst.writestr(info, src.read(info.filename))
        with dst.open(part, "w", force_zip64=True) as fh:
            for chunk in chunks:
                fh.write(chunk)
    return out


def _sheet(rows, tail: bytes = b""):
    yield (b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/'
           b'spreadsheetml/2006/main"><sheetData>')
    head = "".join(f'<c r="{chr(65 + i)}1" t="inlineStr"><is><t>{h}</t></is></c>' for i, h in enumerate(HEADER))
    yield f'<row r="1">{head}</row>'.encode()
    yield from rows
    yield b"</sheetData>" + tail + b"</worksheet>"


def _data_row(n: int, extra: str = "") -> bytes:
    return (f'<row r="{n}"><c r="A{n}" t="inlineStr"><is><t>21710245058{n % 100000:05d}</t></is></c>'
            f'<c r="B{n}" t="inlineStr"><is><t>Warga</t></is></c>{extra}</row>').encode()


def _assert_refused(out: str, *words: str) -> None:
    assert out.startswith("REFUSED"), out
    for word in words:
        assert word in out, out


def test_a_merged_range_over_a_billion_rows(tmp_path):
    path = _replace_part(_base(tmp_path / "merge.xlsx"), "xl/worksheets/sheet1.xml",
                         _sheet([_data_row(2)], b'<mergeCells count="1"><mergeCell ref="A2:A999999999"/></mergeCells>'))
    assert path.stat().st_size < 10_000
    _assert_refused(read_in_child(path), "sel gabungan A2:A999999999", "Gabungkan")


def test_values_in_column_xfd(tmp_path):
    rows = (_data_row(n, f'<c r="XFD{n}"><v>1</v></c>') for n in range(2, 3002))
    path = _replace_part(_base(tmp_path / "xfd.xlsx"), "xl/worksheets/sheet1.xml", _sheet(rows))
    _assert_refused(read_in_child(path), "kolom XFD")


def test_a_200_mb_inline_cell(tmp_path):
    def rows():
        yield b'<row r="2"><c r="A2" t="inlineStr"><is><t>'
        for _ in range(200):
            yield b"x" * (1024 * 1024)
        yield b"</t></is></c></row>"
    path = _replace_part(_base(tmp_path / "cell.xlsx"), "xl/worksheets/sheet1.xml", _sheet(rows()))
    _assert_refused(read_in_child(path), "lebih dari 10,000 karakter")


def _with_shared_strings(path: Path, strings) -> Path:
    """An .xlsx whose sheet refers to shared string 0, with the shared strings part streamed from `strings`."""
    out = path.with_name("shared-" + path.name)
    sst = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", f'<Override PartName="/xl/sharedStrings.xml" ContentType="{sst}"/>'
                                    "</Types>".encode())
            elif info.filename == "xl/_rels/workbook.xml.rels":
                data = data.replace(b"</Relationships>", f'<Relationship Type="{rel}" Target="sharedStrings.xml" '
                                    'Id="rId9"/></Relationships>'.encode())
            elif info.filename == "xl/worksheets/sheet1.xml":
                data = b"".join(_sheet([b'<row r="2"><c r="A2" t="s"><v>0</v></c></row>']))
            dst.writestr(info, data)
        with dst.open("xl/sharedStrings.xml", "w", force_zip64=True) as fh:
            for chunk in strings:
                fh.write(chunk)
    return out


def test_a_200_mb_shared_string(tmp_path):
    def strings():
        yield (b'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
               b'2006/main" count="1" uniqueCount="1"><si><t>')
        for _ in range(200):
            yield b"y" * (1024 * 1024)
        yield b"</t></si></sst>"
    path = _with_shared_strings(_base(tmp_path / "shared.xlsx"), strings())
    _assert_refused(read_in_child(path), "jauh lebih besar")
    small = _with_shared_strings(_base(tmp_path / "small.xlsx"), [
        b'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
        b'2006/main" count="1" uniqueCount="1"><si><t>' + b"w" * 20_000 + b"</t></si></sst>"])
    _assert_refused(read_in_child(small), "lebih dari 10,000 karakter")


def test_a_million_rows(tmp_path):
    path = _replace_part(_base(tmp_path / "million.xlsx"), "xl/worksheets/sheet1.xml",
                         _sheet(_data_row(n) for n in range(2, 1_000_002)))
    _assert_refused(read_in_child(path), "lebih dari 100,000 baris")


def test_hostile_csv_files(tmp_path):
    wide = tmp_path / "wide.csv"
    wide.write_text(";".join(HEADER) + "\n" + "\n".join("2171024505800003;Siti" + ";" * 16000 + "x"
                                                        for _ in range(3000)), encoding="utf-8")
    _assert_refused(read_in_child(wide), "di luar tabel")
    many = tmp_path / "many.csv"
    with open(many, "w", encoding="utf-8") as fh:
        fh.write(";".join(HEADER) + "\n")
        for n in range(1, 1_000_001):
            fh.write(f"21710245058{n % 100000:05d};Warga\n")
    _assert_refused(read_in_child(many), "terlalu besar" if many.stat().st_size > 64 * 2**20 else "100,000 baris")
    big = tmp_path / "cell.csv"
    big.write_text(";".join(HEADER) + "\n2171024505800003;" + "z" * (20 * 1024 * 1024) + "\n", encoding="utf-8")
    _assert_refused(read_in_child(big), "karakter")


def test_an_ordinary_sheet_with_blank_rows_still_reads(tmp_path):
    rows = [_data_row(2), b'<row r="3"/>', _data_row(4)]
    path = _replace_part(_base(tmp_path / "ok.xlsx"), "xl/worksheets/sheet1.xml", _sheet(rows))
    assert read_in_child(path).startswith("READ")
