"""Benchmarks (not tests): a synthetic caseload generator and timings of the vault."""
