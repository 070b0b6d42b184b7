"""Kronika's HTTP JSON API and the server of the web page (``kronika serve``).

Read-only endpoints over a store, plus extraction of posted text:

=================================  =====================================================
``GET /api/health``                store path, schema, document and mention counts
``GET /api/documents``             stored documents (``limit``, ``offset``)
``GET /api/documents/{id}``        one document (id or unique prefix): text and events
``GET /api/events``                merged events with mentions; filters as ``kronika
                                   events``: actor, recipient, type, since, until,
                                   language, factuality, limit, offset
``GET /api/sanctions``             sanctions lifecycle steps (``target``)
``GET /api/actors/lookup``         how a name resolves (``text``, ``lang``, ``date``)
``GET /api/event-types``           the PLOVER types the ``type`` filter takes
``POST /api/extract``              events of a posted text (JSON or text/plain body)
``GET /``                          the web page
=================================  =====================================================

Errors are JSON ``{"error": {"status", "message", "parameter"}}`` with 400 (a bad
parameter, named), 404, 405, 411, 413, 415 or 500.

    from kronika.api import running
    with running("news.db") as server:      # port 0: a free port
        print(server.url)
"""

from kronika.api.errors import ApiError
from kronika.api.reader import StoreReader
from kronika.api.server import ApiServer, make_server, running

__all__ = ["ApiError", "ApiServer", "StoreReader", "make_server", "running"]
