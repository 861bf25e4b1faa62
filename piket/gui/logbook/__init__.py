"""The logbook screen (PySide6)."""
