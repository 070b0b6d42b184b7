"""A small store of made-up events and a server over it on a free loopback port."""

from __future__ import annotations

from pathlib import Path

import pytest

from .apifixtures import Client, corpus, fill_store


@pytest.fixture()
def store_path(tmp_path: Path) -> Path:
    path = tmp_path / "news.db"
    fill_store(path, corpus())
    return path


@pytest.fixture()
def server(store_path: Path):
    from kronika.api import running

    with running(store_path, "127.0.0.1", 0, quiet=True, max_body=64 * 1024) as srv:
        yield srv


@pytest.fixture()
def client(server) -> Client:
    return Client(server.url)
