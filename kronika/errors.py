"""Every exception Kronika raises; each message says what is wrong and where."""

from __future__ import annotations


class KronikaError(Exception):
    """Base of Kronika's errors: the CLI prints the message on one line, exit status 1."""


class DataFileError(KronikaError):
    """A bundled or user dictionary/lexicon file is missing or malformed."""


class InputError(KronikaError):
    """A document could not be read: the message names the file (line, record) and why."""


class StoreError(KronikaError):
    """The store file cannot be opened, migrated or written."""


class UsageError(KronikaError):
    """Wrong options or arguments: the CLI exits with status 2."""
