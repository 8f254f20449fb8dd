"""Checks of the security section of the checklist."""
