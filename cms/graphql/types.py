"""The graphene types grapple builds for models, looked up lazily: models name them in their
``graphql_fields`` before grapple has built them (use inside a ``lambda``)."""

import graphene
from django.apps import apps
from grapple.registry import registry


def snippet_type(model):
    return registry.snippets[model]


def snippet_list(model):
    return graphene.List(graphene.NonNull(snippet_type(model)))


def model_list(model):
    """A list of a plain Django model with ``graphql_fields`` (e.g. an inline's rows)."""
    return graphene.List(graphene.NonNull(registry.django_models[model]))


def page_type(model_label: str):
    """A page type by ``app_label.ModelName``, without importing the other app's models."""
    return registry.pages[apps.get_model(model_label)]
