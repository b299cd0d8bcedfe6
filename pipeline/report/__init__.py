"""Report formats. Each takes the run's FileResults and returns or prints a report."""
