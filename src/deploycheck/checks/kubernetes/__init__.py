"""Checks of the kubernetes section of the checklist."""
