"""Checks of the rollback section of the checklist."""
