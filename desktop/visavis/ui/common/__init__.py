"""Shared services of the window: task runner, i18n, settings, theme, preferences."""
