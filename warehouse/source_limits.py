"""Limits on the files a run reads, in a module of their own so that settings read them cheaply.

flows/settings.py (imported by every CLI command, `--help` included) needs the default without
importing warehouse/sources/ and the input formats behind it (trafilatura, language detection).
"""

# Larger article files are quarantined (too_large): no news article comes near 10 MiB.
DEFAULT_MAX_BYTES = 10 * 1024 * 1024
