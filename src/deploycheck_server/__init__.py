"""deploycheck serve: run history, sign-offs, the deploy gate and the fleet view (docs/server.md).

A separate import package installed with the `server` extra; the CLI imports it only for `serve` and
`gate`, so scanning never pays for FastAPI or SQLAlchemy.
"""
