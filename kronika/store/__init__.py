"""Stage: the embedded store (SQLite, WAL mode, versioned schema).

``Store.open(path)`` opens or creates a store and applies every pending migration from
``kronika/store/schema/NNN_*.sql``; documents are keyed by the content id of their
clean text, so an article read twice is stored once.
"""

from kronika.store.db import Store, default_db_path

__all__ = ["Store", "default_db_path"]
