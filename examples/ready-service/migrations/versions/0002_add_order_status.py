"""add order status

Revision ID: 0002
Revises: 0001
Create Date: 2026-10-14 09:30:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A server default keeps the NOT NULL column safe on a table that already has rows.
    op.add_column("orders", sa.Column("status", sa.String(16), nullable=False, server_default="pending"))


def downgrade() -> None:
    op.drop_column("orders", "status")
