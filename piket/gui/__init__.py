"""The PySide6 desktop app: a thin layer over the services. Imported only when it opens."""
