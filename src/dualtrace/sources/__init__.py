"""Readers that turn files, folders and feeds into Documents (or one-line errors)."""
