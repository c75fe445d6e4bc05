"""Speed and quality measurements: scripts that print tables. Not tests."""
