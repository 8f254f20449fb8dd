"""Client of the inventory service (an external dependency), always with timeouts."""

from __future__ import annotations

import httpx


class InventoryError(RuntimeError):
    """The inventory service could not answer in time or answered with an error."""


class InventoryClient:
    """Asks the inventory service whether a SKU is in stock."""

    def __init__(self, base_url: str, timeout_s: float = 2.0) -> None:
        """`timeout_s` bounds connect, read and write, so a slow dependency cannot hang a request."""
        self.base_url = base_url.rstrip("/")
        self.timeout = httpx.Timeout(timeout_s, connect=min(timeout_s, 1.0))

    def in_stock(self, sku: str, quantity: int) -> bool:
        """True when at least `quantity` units of `sku` are available."""
        try:
            response = httpx.get(f"{self.base_url}/stock/{sku}", timeout=self.timeout)
            response.raise_for_status()
            return int(response.json().get("available", 0)) >= quantity
        except (httpx.HTTPError, ValueError) as exc:
            raise InventoryError(f"inventory check failed: {exc}") from exc
