"""The bundled demo portal (``portal.py``) and the server that serves it (``server.py``)."""

#: How the demo portal can be served: as it was, or after a redesign (``DemoPortal.layout``).
LAYOUTS = ("classic", "redesigned")
