"""Pure transforms: bytes and strings in, dataclasses and Arrow tables out. No Prefect, no IO."""
