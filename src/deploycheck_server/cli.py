"""`deploycheck serve` and `deploycheck serve token create` (imported by deploycheck.cli only for them)."""

from __future__ import annotations

import argparse
import gc
import sys

from deploycheck_server.settings import Settings


def serve(args: argparse.Namespace) -> int:
    settings = Settings.from_env(database_url=args.database_url)
    if args.serve_command == "token":
        return _token(args, settings)
    import uvicorn

    from deploycheck_server.app import create_app
    from deploycheck_server.logs import setup

    log_config = setup()
    app = create_app(settings)
    # Everything loaded at start-up (FastAPI, SQLAlchemy, templates) is permanent: keep it out of the
    # garbage collector's full passes, which otherwise stall requests for tens of milliseconds.
    gc.collect()
    gc.freeze()
    # Uvicorn finishes in-flight requests on SIGTERM/SIGINT (graceful shutdown) before exiting. Idle
    # keep-alive connections are kept 75 s (uvicorn's default 5 s closed connections a client was about to
    # reuse: a reset under load, and a 502 behind load balancers whose idle timeout is 60 s).
    uvicorn.run(app, host=args.host, port=args.port, log_config=log_config, timeout_graceful_shutdown=20,
                timeout_keep_alive=75, proxy_headers=True)
    return 0


def _token(args: argparse.Namespace, settings: Settings) -> int:
    """token create / list / revoke, straight on the database (whoever runs this holds the database URL,
    which is more than admin); each change is in the audit log with the actor `cli:<login>`."""
    from deploycheck_server.db import make_engine, migrate, sessions
    from deploycheck_server.tokens import create_token, find, list_tokens, parse_scopes, revoke, token_dict

    if args.token_command not in ("create", "list", "revoke"):
        print("usage: deploycheck serve token {create --scopes upload,read [--name NAME] | list [--all] | "
              "revoke ID_OR_PREFIX}", file=sys.stderr)
        return 2
    scopes: list[str] = []
    if args.token_command == "create":
        try:
            scopes = parse_scopes(args.scopes)
        except ValueError as exc:
            print(f"deploycheck: error: {exc}", file=sys.stderr)
            return 2
    engine = make_engine(settings.database_url)
    migrate(engine)
    actor = f"cli:{_login()}"
    with sessions(engine)() as session:
        if args.token_command == "list":
            rows = [token_dict(t) for t in list_tokens(session, include_revoked=args.all)]
            print(f"{'ID':>4}  {'NAME':20} {'PREFIX':12} {'SCOPES':26} {'CREATED':20} REVOKED")
            for t in rows:
                print(f"{t['id']:>4}  {t['name'][:20]:20} {t['prefix']:12} {','.join(t['scopes'])[:26]:26} "
                      f"{t['created_at'][:19]:20} {(t['revoked_at'] or '-')[:19]}")
            return 0
        if args.token_command == "revoke":
            row = find(session, args.token)
            if row is None or revoke(session, row.id, actor) is None:
                print(f"deploycheck: error: no active token {args.token!r} (see deploycheck serve token list)",
                      file=sys.stderr)
                return 2
            print(f"revoked token {row.id} {row.name!r} ({row.prefix}…); servers refuse it within 5 s")
            return 0
        token = create_token(session, args.name, scopes, actor=actor)
    print(f"token {args.name!r} with scopes {','.join(scopes)} (shown once; stored only as a hash):")
    print(token)
    return 0


def _login() -> str:
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry for the uid (containers)
        return "unknown"
