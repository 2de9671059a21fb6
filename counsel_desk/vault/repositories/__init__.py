"""Repositories: the only place SQL lives. Each takes an open connection; the caller
(the Vault) decides the transaction."""
