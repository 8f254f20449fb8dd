"""Checks of the rollout section of the checklist."""
