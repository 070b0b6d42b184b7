"""Kronika: news in English, Ukrainian and Russian turned into political event data."""

__version__ = "0.1.0"
