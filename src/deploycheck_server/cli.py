"""`deploycheck serve` and `deploycheck serve token create` (imported by deploycheck.cli only for them)."""

from __future__ import annotations

import argparse
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
    # Uvicorn finishes in-flight requests on SIGTERM/SIGINT (graceful shutdown) before exiting.
    uvicorn.run(app, host=args.host, port=args.port, log_config=log_config, timeout_graceful_shutdown=20,
                proxy_headers=True)
    return 0


def _token(args: argparse.Namespace, settings: Settings) -> int:
    from deploycheck_server.db import make_engine, migrate, sessions
    from deploycheck_server.tokens import create_token, parse_scopes

    if args.token_command != "create":
        print("usage: deploycheck serve token create --scopes upload,read [--name NAME]", file=sys.stderr)
        return 2
    try:
        scopes = parse_scopes(args.scopes)
    except ValueError as exc:
        print(f"deploycheck: error: {exc}", file=sys.stderr)
        return 2
    engine = make_engine(settings.database_url)
    migrate(engine)
    with sessions(engine)() as session:
        token = create_token(session, args.name, scopes)
    print(f"token {args.name!r} with scopes {','.join(scopes)} (shown once; stored only as a hash):")
    print(token)
    return 0
