"""schema.org Event for an event page. Placeholder until written."""


def event_json_ld(event) -> dict:
    return {}
