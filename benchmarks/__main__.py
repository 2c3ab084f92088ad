"""``python -m benchmarks [--quick] [--only NAME ...] [--rows N] [--profile]``: run and print every benchmark.

Every ``benchmarks/bench_*.py`` module is imported, which registers its benchmarks. Each runs in its own
temporary folder; the figures printed are from this one run, and only their ratios mean anything elsewhere.
"""

from __future__ import annotations

import argparse
import cProfile
import importlib
import io
import pkgutil
import platform
import pstats
import sys
import tempfile
import time
from pathlib import Path

import benchmarks
from benchmarks.harness import FULL_ROWS, QUICK_ROWS, REGISTRY, Options


def load_modules() -> None:
    for info in pkgutil.iter_modules(benchmarks.__path__):
        if info.name.startswith("bench_"):
            importlib.import_module(f"benchmarks.{info.name}")


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--quick", action="store_true", help=f"{QUICK_ROWS:,} rows instead of {FULL_ROWS:,}")
    parser.add_argument("--only", action="append", default=[], metavar="NAME",
                        help="a benchmark or module name (repeatable); see --list")
    parser.add_argument("--rows", type=int, help="rows for the insert benchmarks (overrides --quick)")
    parser.add_argument("--batch", type=int, default=5_000, help="rows per write transaction (default 5,000)")
    parser.add_argument("--profile", action="store_true", help="cProfile each benchmark; print the hot spots")
    parser.add_argument("--list", action="store_true", help="list the benchmarks and exit")
    return parser.parse_args(argv)


def hot_spots(profile: cProfile.Profile, limit: int = 25) -> str:
    out = io.StringIO()
    stats = pstats.Stats(profile, stream=out)
    stats.sort_stats("tottime").print_stats(limit)
    stats.sort_stats("cumulative").print_stats(limit)
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    args = parse(sys.argv[1:] if argv is None else argv)
    load_modules()
    if args.list:
        for name, (module, _) in REGISTRY.items():
            print(f"{name:<20} ({module})")
        return 0
    chosen = {name: fn for name, (module, fn) in REGISTRY.items()
              if not args.only or name in args.only or module in args.only}
    if not chosen:
        print(f"no benchmark named {', '.join(args.only)}; known: {', '.join(REGISTRY)}", file=sys.stderr)
        return 2
    rows = args.rows or (QUICK_ROWS if args.quick else FULL_ROWS)
    print(f"巡察通 benchmarks: Python {platform.python_version()}, {platform.machine()}, "
          f"{rows:,} rows{' (quick)' if args.quick else ''}")
    for name, fn in chosen.items():
        with tempfile.TemporaryDirectory(prefix=f"xuncha-bench-{name}-") as tmp:
            options = Options(rows=rows, batch=args.batch, quick=args.quick, workdir=Path(tmp))
            profile = cProfile.Profile() if args.profile else None
            start = time.perf_counter()
            if profile is not None:
                profile.enable()
            result = fn(options)
            if profile is not None:
                profile.disable()
            elapsed = time.perf_counter() - start
        print(f"\n== {result.name}  ({elapsed:.1f} s)")
        print("\n".join(result.lines()), flush=True)
        if profile is not None:
            print(hot_spots(profile))
    return 0


if __name__ == "__main__":
    sys.exit(main())
