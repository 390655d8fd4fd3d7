"""The lake's schema version and table names: what reading a manifest or opening the catalog needs.

Kept apart from `warehouse.schemas` (the tables' columns, declared with pyarrow) so that a command
that only queries the lake (`themelake query`) does not import pyarrow, about 0.15 s of its start;
`warehouse.schemas` checks that its tables are these, in this order.
"""

# Bump when a table's columns change; lakes record the version they were written with.
# 2: the `sources` table (state of every source file) and runs.files_deleted.
# 3: articles' publication metadata and format, evidence kinds (term, semantic), paragraph tone,
#    the paragraph_places and paragraph_amounts tables, quarantine.record.
# 4: sources.fields (the mapping a records file remembers). A lake of version 3 is read as it is and
#    upgraded by its next writer (warehouse/upgrade.py).
SCHEMA_VERSION = 4
# Versions this themelake reads, and upgrades to SCHEMA_VERSION when it writes.
UPGRADABLE = (3,)

TABLE_NAMES = (
    "articles", "paragraphs", "paragraph_themes", "paragraph_places", "paragraph_amounts", "themes", "runs",
    "quarantine", "sources",
)
