# This imports are used by Alembic (in migrations/env.py).
from app.space_agencies import dbrel as space_agencies_dbrel  # pragma: no cover
