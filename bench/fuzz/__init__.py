"""Fuzzing the importers: hostile inputs (inputs), a child process per importer with a time limit (worker), the campaign (importers)."""
