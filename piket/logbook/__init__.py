"""The logbook module (see piket.modules for what a module provides)."""
