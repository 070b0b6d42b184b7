"""Stage 3, actors: who the text names, resolved to country, sector and Wikidata id.

    from kronika.actors import get_resolver
    mentions = get_resolver().find_mentions(adoc)       # list[Mention], document order
    get_resolver().lookup("Лукашенка", "uk")           # Entity or None

The dictionary is data under ``kronika/data/actors/`` (see :mod:`kronika.actors.dictionary`);
``kronika actors import`` adds FollowTheMoney or CSV entities to the user's data folder.
"""

from __future__ import annotations

from kronika.actors.resolve import ActorResolver, get_resolver

__all__ = ["ActorResolver", "get_resolver"]
