"""The small frame the benchmark modules share: options, the registry, a timer and the result shape."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

FULL_ROWS = 100_000
QUICK_ROWS = 10_000


@dataclass(frozen=True)
class Options:
    rows: int
    batch: int
    quick: bool
    workdir: Path


class Result(Protocol):
    """What every benchmark returns: a dataclass that can print itself."""

    name: str

    def lines(self) -> list[str]: ...


Benchmark = Callable[[Options], Result]
REGISTRY: dict[str, tuple[str, Benchmark]] = {}


def benchmark(name: str) -> Callable[[Benchmark], Benchmark]:
    """Register ``fn`` under ``name`` (the module is recorded so ``--only`` can name either)."""

    def register(fn: Benchmark) -> Benchmark:
        REGISTRY[name] = (fn.__module__.rsplit(".", 1)[-1], fn)
        return fn

    return register


class Stopwatch:
    def __init__(self) -> None:
        self.seconds = 0.0

    @contextmanager
    def running(self) -> Iterator[None]:
        start = time.perf_counter()
        try:
            yield
        finally:
            self.seconds += time.perf_counter() - start


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def median(values: list[float]) -> float:
    return statistics.median(values)


def rate(rows: int, seconds: float) -> str:
    return f"{rows / seconds:,.0f} rows/s" if seconds > 0 else "-"


def row(label: str, value: str) -> str:
    return f"  {label:<34} {value}"
