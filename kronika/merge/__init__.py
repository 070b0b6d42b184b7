"""Stage: merge. Event mentions -> merged events; the sanctions lifecycle.

The rule is explained in :mod:`kronika.merge.rule`. In memory:
``merge_events(events) -> list[MergedEvent]``; over a store, :mod:`kronika.merge.stored`
merges pending mentions before each read (``query(store, EventQuery(...))``,
``rebuild``), and ``lifecycle(store, target=None) -> list[LifecycleStep]`` reads them.
"""

from kronika.merge.events import merge_events
from kronika.merge.model import MentionRef, MergedEvent
from kronika.merge.sanctions import LifecycleStep, lifecycle, lifecycle_of

__all__ = ["LifecycleStep", "MentionRef", "MergedEvent", "lifecycle", "lifecycle_of", "merge_events"]
