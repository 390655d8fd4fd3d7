"""The lake: every read and write of article sources, Parquet tables and the DuckDB catalog."""
