"""The `themelake` command, one module per command group.

`app.py` holds the typer app and what the commands share; each command module imports it and
registers its commands; `main.py` imports them all and runs the app (the console script's entry).
Nothing here imports Prefect, pandas, numpy, pyarrow or a model at import time: each command imports
what it needs inside its function, so `themelake --help` and `themelake query` start quickly.
"""
