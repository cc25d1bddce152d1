"""Looking across findings: findings table, search, hit walker, framework tree, coverage, speerpunt view, matrix."""
