from .queries import PublicPageQueries
from .registry import register_public_queries

register_public_queries(PublicPageQueries)
