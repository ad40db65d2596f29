"""The top layer: the main window, launch, self-check and the model banner."""
