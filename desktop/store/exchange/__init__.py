"""Rows crossing the project file's edge: bundles, incoming checks, snapshots and backups."""
