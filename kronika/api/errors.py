"""The one exception of the HTTP API: a status code, a message, and the parameter at fault.

Handlers raise :class:`ApiError`; the server turns it into a JSON body
``{"error": {"status": 400, "message": "...", "parameter": "since"}}`` so a client can
show which field of its form is wrong without parsing the message.
"""

from __future__ import annotations

from typing import Any


class ApiError(Exception):
    """An HTTP error answer; ``parameter`` names the query or body field at fault."""

    def __init__(self, status: int, message: str, parameter: str | None = None,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.parameter = parameter
        self.headers = dict(headers or {})

    def to_record(self) -> dict[str, Any]:
        err: dict[str, Any] = {"status": self.status, "message": self.message}
        if self.parameter is not None:
            err["parameter"] = self.parameter
        return {"error": err}


def bad_parameter(name: str, message: str) -> ApiError:
    """400 naming the parameter: ``since: '2025-13' is not a date ...``."""
    return ApiError(400, f"{name}: {message}", parameter=name)


__all__ = ["ApiError", "bad_parameter"]
