"""Bytes that are not text we can read: the error, and its reasons (the quarantine table's codes)."""

from __future__ import annotations

# Reason codes shared with the quarantine table (warehouse/schemas.py documents them).
EMPTY = "empty"
WHITESPACE_ONLY = "whitespace_only"
BINARY = "binary"
UNDECODABLE = "undecodable"


class UndecodableText(ValueError):
    """The bytes are not text we can read; `reason` is a quarantine reason code."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason
        self.detail = detail
