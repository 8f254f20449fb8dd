"""Checks of the dependencies section of the checklist."""
