"""Counsel Desk UI: dialogs."""
