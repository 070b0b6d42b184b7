"""Whether the event coder can run here, and the in-process extraction the tests use."""

from __future__ import annotations


def coder_unavailable() -> str | None:
    """Why the coder cannot run (a stage not importable yet), or None when it can."""
    try:
        from kronika.actors import get_resolver  # noqa: F401
        from kronika.events import code_document  # noqa: F401
        from kronika.language import analyze  # noqa: F401
    except ImportError as e:
        return f"the event coder is not importable yet ({e})"
    return None


def reader_unavailable() -> str | None:
    try:
        from kronika.documents import read_paths  # noqa: F401
    except ImportError as e:
        return f"the document reader is not importable yet ({e})"
    return None
