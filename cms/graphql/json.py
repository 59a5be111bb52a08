"""The ``JSON`` scalar: structured data served as a JSON object in the answer itself.

``JSONString`` (graphene's) serves a JSON document encoded as a string, which every frontend
has to parse again and which no typed client can describe; a schema.org ``structuredData``
field is an object, so it is served as one. Output only: no argument takes it.
"""

import graphene


class JSONObject(graphene.Scalar):
    """A JSON object, served as it is (not encoded as a string)."""

    class Meta:
        name = "JSON"
        description = (
            "A JSON object, served as an object (not a string), e.g. schema.org JSON-LD: "
            'write it into a `<script type="application/ld+json">` with `JSON.stringify`.'
        )

    @staticmethod
    def serialize(value):
        if not isinstance(value, dict):
            raise TypeError(f"JSON serves objects only, not {type(value).__name__}.")
        return value

    @staticmethod
    def parse_value(value):
        raise TypeError("JSON is an output type: no argument takes it.")

    @staticmethod
    def parse_literal(node, _variables=None):
        raise TypeError("JSON is an output type: no argument takes it.")
