"""The app spec: what an app is, its text form, and the operations that change it. Imports nothing else of appforge."""
