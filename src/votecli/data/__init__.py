"""Data tables for votecli (plain Python, no third-party imports)."""
