"""The store's schema as numbered SQL files, applied in order and recorded.

Every ``kronika/store/schema/NNN_name.sql`` file is one migration. They are applied in
the order of their number, each in its own ``BEGIN IMMEDIATE`` transaction, and the
version is written to ``schema_version`` in the same transaction: a migration either
happens completely or not at all, and two processes opening a fresh store at the same
moment cannot both apply it (the second waits for the write lock, then sees the version
already recorded and skips it).

Why not ``executescript``: it commits any open transaction before it runs, so a failing
migration would leave half a schema behind. Statements are split with
``sqlite3.complete_statement`` (SQLite's own tokenizer, which knows about semicolons
inside strings and trigger bodies) and executed one by one inside the transaction.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from kronika.errors import StoreError

SCHEMA_DIR = Path(__file__).parent / "schema"
_NAME = re.compile(r"^(\d{3})_[A-Za-z0-9_-]+\.sql$")


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    path: Path


def available_migrations(schema_dir: Path = SCHEMA_DIR) -> list[Migration]:
    """Every NNN_*.sql file of the schema folder, by number; duplicate numbers are an error."""
    found: dict[int, Migration] = {}
    for path in sorted(schema_dir.glob("*.sql")):
        m = _NAME.match(path.name)
        if not m:
            continue
        version = int(m.group(1))
        if version in found:
            raise StoreError(f"{path}: schema version {version:03d} is also used by {found[version].path.name}")
        found[version] = Migration(version, path.stem, path)
    return [found[v] for v in sorted(found)]


def split_statements(sql: str) -> list[str]:
    """Split a SQL script into complete statements, comments and blank lines dropped."""
    statements: list[str] = []
    buf: list[str] = []
    for line in sql.splitlines(keepends=True):
        if not buf and (not line.strip() or line.lstrip().startswith("--")):
            continue
        buf.append(line)
        candidate = "".join(buf)
        if sqlite3.complete_statement(candidate):
            statements.append(candidate.strip())
            buf = []
    rest = "".join(buf).strip()
    if rest and not all(ln.strip().startswith("--") or not ln.strip() for ln in rest.splitlines()):
        statements.append(rest)  # let SQLite report what is wrong with the unfinished statement
    return statements


def applied_versions(conn: sqlite3.Connection) -> set[int]:
    """Versions recorded in ``schema_version`` (empty for a new file)."""
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"
    ).fetchone()
    if not exists:
        return set()
    return {row[0] for row in conn.execute("SELECT version FROM schema_version")}


def migrate(conn: sqlite3.Connection, *, db_name: str = "store", schema_dir: Path = SCHEMA_DIR) -> list[int]:
    """Apply every migration not yet recorded; returns the versions applied now.

    ``conn`` must be in autocommit mode (``isolation_level=None``) so that the explicit
    transactions here are the only ones.
    """
    migrations = available_migrations(schema_dir)
    done = applied_versions(conn)
    if all(m.version in done for m in migrations):
        return []  # the common case: no write lock taken when nothing is to do
    applied: list[int] = []
    for m in migrations:
        try:
            sql = m.path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as e:
            raise StoreError(f"{m.path}: cannot read migration: {e}") from e
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as e:
            raise StoreError(f"{db_name}: cannot lock the store to migrate it: {e}") from e
        try:
            conn.execute(
                "CREATE TABLE IF NOT EXISTS schema_version ("
                " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
            )
            already = conn.execute("SELECT 1 FROM schema_version WHERE version = ?", (m.version,)).fetchone()
            if not already:
                for statement in split_statements(sql):
                    conn.execute(statement)
                conn.execute(
                    "INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)",
                    (m.version, m.name, datetime.now(timezone.utc).isoformat(timespec="seconds")),
                )
                applied.append(m.version)
            conn.execute("COMMIT")
        except sqlite3.Error as e:
            conn.execute("ROLLBACK")
            raise StoreError(f"{db_name}: migration {m.path.name} failed: {e}") from e
    return applied
