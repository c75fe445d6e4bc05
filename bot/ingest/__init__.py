"""Getting articles into the store: files, (later) feeds and web pages."""

from bot.ingest.pipeline import IngestReport, ingest_items, ingest_paths

__all__ = ["IngestReport", "ingest_items", "ingest_paths"]
