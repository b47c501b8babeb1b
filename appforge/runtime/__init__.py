"""The runtime: serves any spec as a live app on a real database, and migrates it when the spec changes."""
