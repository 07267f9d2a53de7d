"""Imported by the workers' fork server (:func:`newsledger.parallel.start_fork_server`), and nowhere else.

The fork server imports the modules it is told to preload before it forks any worker; importing this
one loads the stages and the spaCy model of the settings the command passed in the environment, so
that every worker is forked with them in memory. Imported anywhere else (no such setting in the
environment) it does nothing.
"""

from __future__ import annotations

from .parallel import preload_from_environment

preload_from_environment()
