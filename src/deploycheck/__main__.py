"""`python -m deploycheck` runs the same command line as the `deploycheck` script."""

import sys

from deploycheck.cli import entry

sys.exit(entry())
