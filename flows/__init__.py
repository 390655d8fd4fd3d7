"""Prefect flows and the CLI. Importing this package keeps Prefect offline before Prefect loads."""

import os

# themelake runs on local machines and closed networks: Prefect must never phone home.
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")
# A fresh PREFECT_HOME migrates its SQLite database on the first start, which can take longer than
# Prefect's 20 s default on a busy 2-core machine; a timed-out start would fail the whole run.
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
