"""Foundation figures: registering 24,300 participants through the services against raw executemany, and
search-as-you-type latency over 100,000 participants."""

from __future__ import annotations

import os
import random
import statistics
import tempfile
import time
from pathlib import Path

from floor import raw_floor

from jamsos_desktop.services import Services
from jamsos_desktop.services.demo import synthetic_records
from jamsos_desktop.services.listing import ListFilter
from jamsos_desktop.services.office import open_office
from jamsos_desktop.services.setup import initialize

CITY = 24_300
SEARCH_POPULATION = 100_000


def office_for_bench(folder: Path) -> Services:
    office = open_office(folder, startup_backup=False)
    initialize(office, kelurahan="21.71.02.1002", admin_username="admin", admin_password="bench1234")
    services = Services(office)
    services.auth.login("admin", "bench1234")
    return services


def bench(emit) -> None:  # type: ignore[no-untyped-def]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        records = synthetic_records(CITY, seed=11)
        floor = raw_floor(folder, records)
        services = office_for_bench(folder / "office")
        os.sync()  # the floor's writes must not still be flushing while the timed run fsyncs its own
        started = time.perf_counter()
        services.participants.register_many(records)
        ours = time.perf_counter() - started
        emit("register_24300_via_services_s", ours, "s", baseline=floor, target="ratio <= 5 and < 10 s",
             ok=ours / floor <= 5 and ours < 10)
        services.office.close()

        big = office_for_bench(folder / "big")
        population = synthetic_records(SEARCH_POPULATION, seed=5)
        for i in range(0, SEARCH_POPULATION, 25_000):
            big.participants.register_many(population[i : i + 25_000])
        rng = random.Random(3)
        queries = []
        for r in rng.sample(population, 100):
            name = r["full_name"].split()
            queries += [name[0][:3], name[0][:5], name[-1][:4], f"{name[0]} {name[-1][:3]}", r["nik"][-6:],
                        r["phone"][:7], r["address"].split()[1][:4], name[0][:1]]
        timings = []
        for q in queries:
            started = time.perf_counter()
            big.participants.page(ListFilter(text=q), limit=100)
            timings.append((time.perf_counter() - started) * 1000)
        timings.sort()
        p95 = timings[int(len(timings) * 0.95) - 1]
        emit("search_100k_p50_ms", statistics.median(timings), "ms", queries=len(timings))
        emit("search_100k_p95_ms", p95, "ms", target="< 30 ms", ok=p95 < 30)
        big.office.close()
