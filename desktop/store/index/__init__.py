"""The search index: stemmed FTS5 rows, query parsing and hit spans."""
