"""The tagging suggestions measured: the gold sets (gold), the accuracy protocol (accuracy), the benchmarks of `python -m bench suggest` (benchmarks)."""
