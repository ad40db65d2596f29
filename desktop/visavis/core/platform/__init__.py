"""Where the app's files live: data/config folders, bundled resources, the desktop entry."""
