"""Counsel Desk UI: models."""
