"""Checks of the codebase section of the checklist."""
