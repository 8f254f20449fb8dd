"""Checks of the containerization section of the checklist."""
