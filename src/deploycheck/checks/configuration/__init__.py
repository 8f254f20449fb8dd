"""Checks of the configuration section of the checklist."""
