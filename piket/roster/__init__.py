"""The roster module (see piket.modules for what a module provides)."""
