"""Full disks and read-only folders, for real (small tmpfs mounts): a clear message, no traceback, no partial
file under a final name and no temporary file left behind."""

import json

import pytest

from tests.cli.test_cli import jamsos


def _leftovers(folder):
    return sorted(p.name for p in folder.rglob("*") if ".part" in p.name or ".jamsos-tmp-" in p.name)


@pytest.fixture
def office_on(tmp_path, valid_record):
    def make(data):
        assert jamsos(data, "init", "--kelurahan", "Sei Jodoh", "--admin", "admin").returncode == 0
        people = [{**valid_record, "nik": f"21710245058{i:05d}", "full_name": "Warga " + "ABCDEFGHIJ"[i % 10] * (i + 1)}
                  for i in range(1, 41)]
        proc = jamsos(data, "add", "-", stdin=json.dumps(people))
        assert proc.returncode == 0, proc.stderr
        return data
    return make


def test_backup_and_export_to_a_full_stick(small_disks, office_on, tmp_path):
    office = office_on(tmp_path / "office")
    stick = small_disks.mount("stick", size_kb=64)
    small_disks.fill(stick)
    for args in (("backup", "--to", str(stick)), ("export", str(stick / "peserta.xlsx")),
                 ("export", str(stick / "peserta.csv"))):
        proc = jamsos(office, *args)
        assert proc.returncode == 1, proc.stderr
        assert "penuh" in proc.stderr and str(stick) in proc.stderr
        assert sorted(p.name for p in stick.iterdir()) == ["filler.bin"]


def test_export_writes_csv_or_refuses_the_extension(office_on, tmp_path):
    office = office_on(tmp_path / "office")
    assert jamsos(office, "export", str(tmp_path / "out.csv")).returncode == 0
    text = (tmp_path / "out.csv").read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].startswith("NIK,") and "WARGA AA" in text
    proc = jamsos(office, "export", str(tmp_path / "out.txt"))
    assert proc.returncode == 1 and ".xlsx (Excel) atau .csv" in proc.stderr
    assert not (tmp_path / "out.txt").exists()


def test_a_full_data_disk_gives_a_clear_message_and_leaves_nothing(small_disks, office_on, valid_record):
    data = small_disks.mount("data", size_kb=4096)
    office = office_on(data / "office")
    small_disks.fill(data)
    more = [{**valid_record, "nik": f"21710245059{i:05d}", "full_name": "Baru " + "KLMNOPQRST"[i % 10] * (i + 1),
             "address": "Jl. Panjang " + "x" * 150} for i in range(1, 400)]
    proc = jamsos(office, "add", "-", stdin=json.dumps(more))
    assert proc.returncode == 1, proc.stderr
    assert "penuh" in proc.stderr and "Traceback" not in proc.stderr and "Logging error" not in proc.stderr
    assert _leftovers(data) == []
    (data / "filler.bin").unlink()
    listed = jamsos(office, "--json", "list")
    assert listed.returncode == 0 and len(json.loads(listed.stdout)) == 40  # nothing half-saved


def test_the_automatic_backup_on_a_full_disk_leaves_no_part_file(small_disks, services, valid_record):
    office = services.office
    backups = office.backups_dir
    backups.mkdir(parents=True, exist_ok=True)
    small_disks.mount_at = None
    mounted = small_disks.mount("backups-disk", size_kb=64)
    services.participants.register(valid_record)
    office.backups_dir = mounted
    small_disks.fill(mounted)
    assert office.backup_if_changed() is None
    assert "penuh" in office.startup.backup_problem
    assert sorted(p.name for p in mounted.iterdir()) == ["filler.bin"]


def test_a_read_only_data_folder_is_named_for_reading_commands(small_disks, office_on):
    data = small_disks.mount("data", size_kb=4096)
    office = office_on(data / "office")
    small_disks.read_only(data)
    token = "JMS1.x.y"
    for args in (("list",), ("check",), ("verify-card", token)):
        proc = jamsos(office, *args)
        assert proc.returncode == 1, (args, proc.stderr)
        assert "hanya bisa dibaca" in proc.stderr, proc.stderr


def test_a_bundle_export_to_a_full_stick_names_the_stick(small_disks, office_on, tmp_path):
    from jamsos_desktop.sync.hubkeys import generate_escrow_key, generate_hub_keys, hub_identity_file

    office = office_on(tmp_path / "office")
    identity = tmp_path / "hub.json"
    identity.write_bytes(hub_identity_file(generate_hub_keys(), escrow_public=generate_escrow_key().public_key(),
                                           name="Disnaker Batam"))
    assert jamsos(office, "device", "trust-hub", str(identity), "--yes").returncode == 0
    assert jamsos(office, "approve", "--all-ready").returncode == 0
    stick = small_disks.mount("stick", size_kb=64)
    small_disks.fill(stick)
    proc = jamsos(office, "bundle", "export", "--to", str(stick))
    assert proc.returncode == 1, proc.stderr
    assert "penuh" in proc.stderr and str(stick) in proc.stderr
    assert sorted(p.name for p in stick.iterdir()) == ["filler.bin"]
    small_disks.read_only(stick)
    proc = jamsos(office, "bundle", "export", "--to", str(stick))
    assert proc.returncode == 1 and "hanya bisa dibaca" in proc.stderr, proc.stderr
