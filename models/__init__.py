"""Persistence for 巡察通: the ORM entities, the encrypted store, migrations and the audit chain.

Qt-free by contract (see the import-linter contracts in pyproject.toml).
"""
