"""Server settings from the environment (twelve-factor: the Helm chart and the CLI set the same names)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

DEFAULT_DATABASE = "sqlite:///deploycheck-server.db"


def _flag(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    return default if value is None else value.strip().lower() in ("1", "true", "yes", "on")


def _list(value: str) -> list[str]:
    return [v.strip() for v in value.split(",") if v.strip()]


@dataclass
class Settings:
    database_url: str = DEFAULT_DATABASE
    retention_days: int = 365
    # Policy: whoever uploaded a run of a version may not sign off items of that version.
    forbid_self_approval: bool = True
    expiring_within_days: int = 14
    # GitHub deployment protection rules (a GitHub App): see deploycheck_server.github.
    github_api_url: str = "https://api.github.com"
    github_app_id: str | None = None
    github_private_key: str | None = None
    github_webhook_secret: str | None = None
    github_services: dict[str, str] = field(default_factory=dict)  # "owner/repo" -> service name
    # Optional SSO for the web UI (deploycheck_server.oidc).
    oidc_issuer: str = ""
    oidc_client_id: str = ""
    oidc_client_secret: str = ""
    oidc_redirect_url: str = ""  # default: this server's /login/oidc/callback as the request names it
    oidc_grant: list[str] = field(default_factory=lambda: ["read"])
    oidc_attesters: list[str] = field(default_factory=list)  # emails or groups that may also sign off
    session_secret: str = ""

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        key_file = os.environ.get("DEPLOYCHECK_GITHUB_PRIVATE_KEY_FILE", "")
        mapping = {}
        for pair in os.environ.get("DEPLOYCHECK_GITHUB_SERVICES", "").split(","):
            repo, _, service = pair.partition("=")
            if repo.strip() and service.strip():
                mapping[repo.strip()] = service.strip()
        settings = cls(
            database_url=os.environ.get("DEPLOYCHECK_DATABASE_URL", DEFAULT_DATABASE),
            retention_days=int(os.environ.get("DEPLOYCHECK_RETENTION_DAYS", "365")),
            forbid_self_approval=_flag("DEPLOYCHECK_FORBID_SELF_APPROVAL", True),
            github_api_url=os.environ.get("DEPLOYCHECK_GITHUB_API_URL", "https://api.github.com").rstrip("/"),
            github_app_id=os.environ.get("DEPLOYCHECK_GITHUB_APP_ID", "") or None,
            github_private_key=open(key_file).read() if key_file else None,  # noqa: SIM115 - tiny file
            github_webhook_secret=os.environ.get("DEPLOYCHECK_GITHUB_WEBHOOK_SECRET", "") or None,
            github_services=mapping,
            oidc_issuer=os.environ.get("DEPLOYCHECK_OIDC_ISSUER", ""),
            oidc_client_id=os.environ.get("DEPLOYCHECK_OIDC_CLIENT_ID", ""),
            oidc_client_secret=os.environ.get("DEPLOYCHECK_OIDC_CLIENT_SECRET", ""),
            oidc_redirect_url=os.environ.get("DEPLOYCHECK_OIDC_REDIRECT_URL", ""),
            oidc_grant=_list(os.environ.get("DEPLOYCHECK_OIDC_GRANT", "read")),
            oidc_attesters=_list(os.environ.get("DEPLOYCHECK_OIDC_ATTESTERS", "")),
            session_secret=os.environ.get("DEPLOYCHECK_SESSION_SECRET", ""),
        )
        for name, value in overrides.items():
            if value is not None:
                setattr(settings, name, value)
        return settings
