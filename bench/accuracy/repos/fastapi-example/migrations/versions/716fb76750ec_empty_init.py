"""Empty Init

Revision ID: 716fb76750ec
Revises:
Create Date: 2023-07-09 01:15:08.713842

"""
import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "716fb76750ec"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
