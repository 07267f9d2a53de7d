"""``newsledger serve``: the HTTP API (:mod:`.api`) and the web UI (:mod:`.pages`) over one ledger.

Both are routers of one FastAPI application made by :func:`.app.create_app`; both answer through
the query layer the command line uses (:mod:`newsledger.store.queries`), never a second set of SQL.
"""
