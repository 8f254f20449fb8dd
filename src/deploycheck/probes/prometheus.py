"""Prometheus (--prometheus-url): which rules it has loaded and how its scrape targets are doing.

Read through the HTTP API (/api/v1/rules, /api/v1/targets) of the one Prometheus the user named.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from deploycheck.probes.http import fetch, join

if TYPE_CHECKING:
    import httpx

# Target labels that usually carry the service's name (Prometheus Operator and common relabelling).
SERVICE_LABELS = ("job", "service", "app", "app_kubernetes_io_name", "container", "pod", "kubernetes_name",
                  "kubernetes_pod_name")


@dataclass
class LoadedRule:
    group: str
    name: str
    type: str  # alerting | recording
    health: str  # ok | err | unknown
    last_error: str | None
    file: str | None


@dataclass
class ScrapeTarget:
    labels: dict[str, str]
    scrape_url: str
    health: str  # up | down | unknown
    last_error: str | None
    pool: str | None

    def matches(self, names: set[str]) -> bool:
        for key in SERVICE_LABELS:
            value = self.labels.get(key)
            if not value:
                continue
            if value in names:
                return True
            # Pod names carry generated suffixes (web-5d8f7c-x2x9q); other labels must match exactly, or
            # a job "web-broken" would count as the service "web".
            if key in ("pod", "kubernetes_pod_name") and any(value.startswith(f"{n}-") for n in names):
                return True
        return False


class PrometheusError(Exception):
    """The API could not be read; the message names the URL."""


def _api(client: httpx.Client, base: str, path: str) -> Any:
    res = fetch(client, "GET", join(base.rstrip("/") + "/", path), max_bytes=32 * 1024 * 1024)
    if res.error:
        raise PrometheusError(f"{res.url}: {res.error}")
    if res.status != 200:
        raise PrometheusError(f"{res.url} answered {res.status}")
    try:
        data = json.loads(res.body)
    except ValueError:
        raise PrometheusError(f"{res.url} did not answer JSON (is this a Prometheus API?)") from None
    if not isinstance(data, dict) or data.get("status") != "success" or not isinstance(data.get("data"), dict):
        status = data.get("status") if isinstance(data, dict) else "?"
        raise PrometheusError(f"{res.url}: unexpected answer (status {status})")
    return data["data"]


def loaded_rules(client: httpx.Client, base: str) -> list[LoadedRule]:
    out = []
    for group in _api(client, base, "api/v1/rules").get("groups") or []:
        if not isinstance(group, dict):
            continue
        for rule in group.get("rules") or []:
            if isinstance(rule, dict) and rule.get("name"):
                out.append(LoadedRule(str(group.get("name")), str(rule["name"]), str(rule.get("type", "")),
                                      str(rule.get("health", "unknown")), rule.get("lastError") or None,
                                      group.get("file")))
    return out


def scrape_targets(client: httpx.Client, base: str) -> list[ScrapeTarget]:
    out = []
    for t in _api(client, base, "api/v1/targets?state=active").get("activeTargets") or []:
        if isinstance(t, dict):
            labels = t.get("labels")
            if not isinstance(labels, dict):
                labels = {}
            out.append(ScrapeTarget({str(k): str(v) for k, v in labels.items()}, str(t.get("scrapeUrl", "")),
                                    str(t.get("health", "unknown")), t.get("lastError") or None,
                                    t.get("scrapePool")))
    return out
