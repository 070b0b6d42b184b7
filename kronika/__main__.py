"""``python -m kronika`` runs the command line."""

from kronika.cli.main import run

run()
