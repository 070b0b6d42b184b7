"""The ``kronika`` command line: one module per stage, each adding its commands in ``register(app)``."""
