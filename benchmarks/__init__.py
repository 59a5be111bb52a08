"""Performance benchmarks of the GraphQL API against a large generated site (``make bench``).

Nothing here is imported by the site; see ``benchmarks/README.md``.
"""
