"""Services init."""
