"""What the content layer raises when a request for content cannot be answered as asked."""

from enum import StrEnum


class Problem(StrEnum):
    """What was wrong with the request. Each value is also a GraphQL ``extensions.code``
    (``cms.graphql.errors.ErrorCode``), so the API passes it on unchanged."""

    BAD_USER_INPUT = "BAD_USER_INPUT"
    UNKNOWN_LOCALE = "UNKNOWN_LOCALE"
    PAGE_SIZE_EXCEEDED = "PAGE_SIZE_EXCEEDED"
    PAGE_OUT_OF_RANGE = "PAGE_OUT_OF_RANGE"
    AMBIGUOUS_LOOKUP = "AMBIGUOUS_LOOKUP"


class ContentError(ValueError):
    """The caller asked for something that cannot be given (an unknown language, a page past
    the last, a filter value that names nothing): the caller's mistake, never the server's.

    The message is written for the person who sent the request and names what is allowed.
    Each surface maps it to its own error: the GraphQL API serves ``extensions`` as they are
    (graphql-core copies them onto the error), the iCal feed answers HTTP 400.
    """

    def __init__(self, message: str, *, problem: Problem = Problem.BAD_USER_INPUT):
        super().__init__(message)
        self.message = message
        self.problem = problem

    @property
    def extensions(self) -> dict[str, str]:
        return {"code": self.problem.value}
