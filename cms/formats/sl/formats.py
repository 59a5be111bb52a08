"""Slovene: see ``cms.formats``."""

FIRST_DAY_OF_WEEK = 1  # Monday
