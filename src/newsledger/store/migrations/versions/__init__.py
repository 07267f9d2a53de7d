"""Named migrations, oldest first (``0001_initial``...)."""
