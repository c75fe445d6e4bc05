"""Pure text analysis: no I/O, no database, no Telegram types."""
