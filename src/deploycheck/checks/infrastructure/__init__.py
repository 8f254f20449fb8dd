"""Checks of the infrastructure section of the checklist."""
