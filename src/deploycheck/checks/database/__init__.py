"""Checks of the database section of the checklist."""
