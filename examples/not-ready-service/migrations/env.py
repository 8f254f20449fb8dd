from alembic import context
from sqlalchemy import engine_from_config, pool

config = context.config

with engine_from_config(config.get_section(config.config_ini_section), poolclass=pool.NullPool).connect() as conn:
    context.configure(connection=conn)
    with context.begin_transaction():
        context.run_migrations()
