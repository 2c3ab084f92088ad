"""Ratio benchmarks: ``python -m benchmarks [--quick] [--only NAME]``. Never part of the test run's pass/fail.

Each ``bench_*`` module registers plain functions ``fn(options) -> result dataclass``; only ratios
measured within one run carry over between machines.
"""
