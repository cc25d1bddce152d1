"""Writing the reaction: the editor per speerpunt, the report's parts, the export dialog."""
