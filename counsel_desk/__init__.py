"""Counsel Desk: confidential case records in an encrypted local vault."""

__version__ = "0.1.0"
APP_NAME = "Counsel Desk"
ORG_NAME = "Counsel Desk"
