"""Where an article check's time goes: wall-clock spans measured with `time.perf_counter`.

`billing-e2e articles check --timings FILE` writes them as JSON (`bin/benchmark --parts
article_check` reads it): the start of the mock and of the browsers, the addresses, each walk and
each of its stops (the flow's own actions, the screenshot, the ARIA snapshot), each article's
comparison and the report. Spans of walks that run side by side overlap, so spans add up to more
than the wall time; `wall` is the run's own.

Recording is always on (a few microseconds a span); only `--timings` writes it. Spans come from
several threads when walks run in parallel, hence the lock.
"""

from __future__ import annotations

import contextlib
import json
import os
import threading
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any


def seconds_since_process_start() -> float | None:
    """How long this process has run, from Linux's /proc (its start in clock ticks after boot
    against the time since boot); None where there is no /proc. The standard library has no
    process start time, and the check's own dependencies must not need a dev extra (psutil)."""
    try:
        stat = Path("/proc/self/stat").read_text(encoding="ascii")
        uptime = float(Path("/proc/uptime").read_text(encoding="ascii").split()[0])
    except (OSError, ValueError, IndexError):
        return None
    # Fields after the command name in parentheses (which may hold spaces) start at field 3;
    # the start time is field 22.
    start_ticks = int(stat.rsplit(")", 1)[1].split()[19])
    return max(0.0, uptime - start_ticks / os.sysconf("SC_CLK_TCK"))


@dataclass(frozen=True)
class Span:
    """One measured piece of work: `name` says what (`walk`, `screenshot`, `compare`...), `label`
    which one (`edit it`, `002 it`), `start` is seconds since the run began."""

    name: str
    label: str
    start: float
    seconds: float
    thread: str


class Timings:
    """The spans of one run, from any thread."""

    def __init__(self) -> None:
        self.began = time.perf_counter()
        # The interpreter, its imports and the argument parsing, before the run began (None: unknown here).
        self.before_run = seconds_since_process_start()
        self.spans: list[Span] = []
        self._lock = threading.Lock()

    @contextlib.contextmanager
    def span(self, name: str, label: str = "") -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
        finally:
            self.add(name, label, started, time.perf_counter() - started)

    def add(self, name: str, label: str, started: float, seconds: float) -> None:
        span = Span(name, label, round(started - self.began, 4), round(seconds, 4), threading.current_thread().name)
        with self._lock:
            self.spans.append(span)

    def totals(self) -> dict[str, float]:
        """Seconds per span name, summed over every span of that name."""
        sums: dict[str, float] = {}
        with self._lock:
            for span in self.spans:
                sums[span.name] = sums.get(span.name, 0.0) + span.seconds
        return {name: round(seconds, 3) for name, seconds in sorted(sums.items())}

    def as_json(self) -> dict[str, Any]:
        with self._lock:
            spans = [asdict(span) for span in self.spans]
        return {
            "wall": round(time.perf_counter() - self.began, 3),
            "before_run": None if self.before_run is None else round(self.before_run, 3),
            "totals": self.totals(),
            "spans": spans,
        }

    def write(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(self.as_json(), indent=2) + "\n", encoding="utf-8")
