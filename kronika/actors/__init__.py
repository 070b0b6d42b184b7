"""Stage: actors."""
