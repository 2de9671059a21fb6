"""Counsel Desk UI: widgets."""
