"""Stage: language."""
