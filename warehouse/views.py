"""Views derived from the table views (rollups, joins users ask for often), created in the catalog.

Each entry is (view name, SQL body). They are created in order after the one view per table, so a
derived view may use the table views and any derived view listed before it.
"""

from __future__ import annotations

DERIVED_VIEWS: list[tuple[str, str]] = []
