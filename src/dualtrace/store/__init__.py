"""The DuckDB store: the only way data passes between stages."""

from dualtrace.store.db import SCHEMA_VERSION, Store, default_store_path

__all__ = ["SCHEMA_VERSION", "Store", "default_store_path"]
