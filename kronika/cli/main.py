"""The ``kronika`` command: one Typer app; each stage's commands live in their own module.

Commands parse their options and call one library function (through
:mod:`kronika.pipeline` or a stage's API). Heavy imports happen inside the command
functions so that ``kronika --help`` and small commands start fast.
"""

from __future__ import annotations

import sys

import typer

from kronika.errors import KronikaError, UsageError

app = typer.Typer(
    name="kronika",
    help="Turn news in English, Ukrainian and Russian into political event data.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

# Each module registers its commands on ``app``; the order is the data's way.
from kronika.cli import documents as _documents  # noqa: E402
from kronika.cli import dates as _dates  # noqa: E402
from kronika.cli import actors as _actors  # noqa: E402
from kronika.cli import extract as _extract  # noqa: E402
from kronika.cli import events as _events  # noqa: E402
from kronika.cli import evaluate as _evaluate  # noqa: E402
from kronika.cli import serve as _serve  # noqa: E402

for _module in (_documents, _dates, _actors, _extract, _events, _evaluate, _serve):
    _module.register(app)


def run() -> None:
    """Console entry point: Kronika's errors become one line on stderr, never a traceback."""
    try:
        app(standalone_mode=True)
    except UsageError as e:
        print(f"kronika: {e}", file=sys.stderr)
        sys.exit(2)
    except KronikaError as e:
        print(f"kronika: {e}", file=sys.stderr)
        sys.exit(1)
    except KeyboardInterrupt:
        print("kronika: interrupted", file=sys.stderr)
        sys.exit(130)


if __name__ == "__main__":
    run()
