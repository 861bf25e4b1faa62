"""Shared export helpers: pure functions from data to bytes (CSV, PDF, iCal).

Each helper imports its heavy library (reportlab, icalendar) at its own top, so import
these modules inside the functions that export, never at CLI start-up.
"""
