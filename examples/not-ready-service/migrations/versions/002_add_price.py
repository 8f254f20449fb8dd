"""add price, index sku

Revision ID: 002
Revises: 001
"""

import sqlalchemy as sa
from alembic import op

revision = "002"
down_revision = "001"


def upgrade():
    op.add_column("items", sa.Column("price", sa.Numeric(10, 2), nullable=False))
    op.create_index("ix_items_sku", "items", ["sku"])
    op.drop_column("items", "name")
    op.add_column("items", sa.Column("name", sa.Text))


def downgrade():
    pass
