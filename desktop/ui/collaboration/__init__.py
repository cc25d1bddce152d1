"""Working with colleagues: merge, bundles, backups, conflicts, comparing analysts, live refresh."""
