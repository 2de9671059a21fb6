"""Counsel Desk UI: views."""
