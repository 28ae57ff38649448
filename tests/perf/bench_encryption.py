"""What SQLCipher costs (store/cipher.py): registering 24,300 participants and search-as-you-type over 100,000,
each on a plain and on an encrypted office in the same run, alternated so a busy machine weighs on both.
Target (issue 14): under 25% overhead on register and on search."""

from __future__ import annotations

import os
import random
import statistics
import tempfile
import time
from pathlib import Path

from jamsos_desktop.services import Services
from jamsos_desktop.services.demo import synthetic_records
from jamsos_desktop.services.listing import ListFilter
from jamsos_desktop.services.office import open_office
from jamsos_desktop.services.setup import initialize
from jamsos_desktop.sync.keyslots import new_database_key

CITY = 24_300
SEARCH_POPULATION = 100_000
ROUNDS = 2


def _office(folder: Path, key: bytes | None) -> Services:
    office = open_office(folder, startup_backup=False, key=key)
    initialize(office, kelurahan="21.71.02.1002", admin_username="admin", admin_password="bench1234")
    services = Services(office)
    services.auth.login("admin", "bench1234")
    return services


def _register_s(folder: Path, key: bytes | None, records: list[dict]) -> float:
    services = _office(folder, key)
    os.sync()
    started = time.perf_counter()
    services.participants.register_many(records)
    took = time.perf_counter() - started
    services.office.close()
    return took


def _queries(population: list[dict]) -> list[str]:
    rng = random.Random(3)
    queries = []
    for r in rng.sample(population, 100):
        name = r["full_name"].split()
        queries += [name[0][:3], name[0][:5], name[-1][:4], f"{name[0]} {name[-1][:3]}", r["nik"][-6:],
                    r["phone"][:7], r["address"].split()[1][:4], name[0][:1]]
    return queries


def _search_ms(services: Services, queries: list[str]) -> list[float]:
    timings = []
    for q in queries:
        started = time.perf_counter()
        services.participants.page(ListFilter(text=q), limit=100)
        timings.append((time.perf_counter() - started) * 1000)
    return sorted(timings)


def bench(emit) -> None:  # type: ignore[no-untyped-def]
    key = new_database_key()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        records = synthetic_records(CITY, seed=11)
        plain, encrypted = [], []
        for i in range(ROUNDS):
            plain.append(_register_s(folder / f"plain{i}", None, records))
            encrypted.append(_register_s(folder / f"enc{i}", key, records))
        ours, base = min(encrypted), min(plain)
        emit("register_24300_encrypted_s", ours, "s", baseline=base, target="ratio <= 1.25", ok=ours / base <= 1.25)

        population = synthetic_records(SEARCH_POPULATION, seed=5)
        offices = {"plain": _office(folder / "big-plain", None), "encrypted": _office(folder / "big-enc", key)}
        for services in offices.values():
            for i in range(0, SEARCH_POPULATION, 25_000):
                services.participants.register_many(population[i : i + 25_000])
        queries = _queries(population)
        timings: dict[str, list[float]] = {"plain": [], "encrypted": []}
        for _ in range(ROUNDS):
            for name, services in offices.items():
                timings[name] += _search_ms(services, queries)
        for name in timings:
            timings[name].sort()
        p50 = {name: statistics.median(t) for name, t in timings.items()}
        p95 = {name: t[int(len(t) * 0.95) - 1] for name, t in timings.items()}
        emit("search_100k_encrypted_p50_ms", p50["encrypted"], "ms", baseline=p50["plain"], target="ratio <= 1.25",
             ok=p50["encrypted"] / p50["plain"] <= 1.25)
        emit("search_100k_encrypted_p95_ms", p95["encrypted"], "ms", baseline=p95["plain"], target="ratio <= 1.25",
             ok=p95["encrypted"] / p95["plain"] <= 1.25)
        for services in offices.values():
            services.office.close()
