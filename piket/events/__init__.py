"""The events module (see piket.modules for what a module provides)."""
