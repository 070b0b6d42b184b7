"""Stage: merge. Event mentions -> merged events; the sanctions lifecycle.

The rule is explained in :mod:`kronika.merge.rule`. In memory:
``merge_events(events) -> list[MergedEvent]``; in the store the merged events are kept
up to date as mentions are added (:mod:`kronika.store.merged`), and
``lifecycle(store, target=None) -> list[LifecycleStep]`` reads them.
"""

from kronika.merge.events import merge_events
from kronika.merge.model import MentionRef, MergedEvent
from kronika.merge.sanctions import LifecycleStep, lifecycle, lifecycle_of

__all__ = ["LifecycleStep", "MentionRef", "MergedEvent", "lifecycle", "lifecycle_of", "merge_events"]
