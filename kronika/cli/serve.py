"""Commands of this stage (filled in by the stage's work)."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Add this module's commands to the ``kronika`` app."""
