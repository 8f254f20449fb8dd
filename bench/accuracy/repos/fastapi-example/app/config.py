from pathlib import Path

# Path to the directory containing data fixtures in JSON files.
DATA_FIXTURES_PATH = Path(__file__).resolve().parent.parent / "fixtures"
