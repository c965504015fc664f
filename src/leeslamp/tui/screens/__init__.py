"""The app's screens: library, reader, help, and small modal ones."""
