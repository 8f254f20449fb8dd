"""Checks of the validation section of the checklist."""
