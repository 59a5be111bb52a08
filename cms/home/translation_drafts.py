"""A translation goes live only when someone with publish rights publishes it.

wagtail-localize holds each page's place in the other languages with a live alias of the source
page (``LocaleSynchronization``); the API never serves such an alias. When a translator starts
translating, wagtail-localize turns the alias into a page of its own and leaves it live, still
holding the source language's text: English readers would get the Slovene page under an English
address, published by nobody (translators may not publish). Here such a converted page goes
offline instead, as a draft of the translation that "Publish in English" puts live.

Only an alias of a page in another language is affected: converting an ordinary same-language
alias keeps Wagtail's behaviour.
"""

from wagtail.models import Page


def keep_converted_translation_offline(sender, instance, raw=False, update_fields=None, **kwargs):
    """``pre_save`` of pages: wagtail-localize (and Wagtail's "convert alias" action) save the
    conversion as ``save(update_fields=["alias_of_id"])``; that save takes the page offline."""
    if raw or update_fields is None or not {"alias_of", "alias_of_id"} & set(update_fields):
        return
    if not isinstance(instance, Page) or instance.alias_of_id is not None or not instance.live:
        return
    source_locale_id = (
        Page.objects.filter(pk=instance.pk).values_list("alias_of__locale_id", flat=True).first()
    )
    if source_locale_id is None or source_locale_id == instance.locale_id:
        return
    Page.objects.filter(pk=instance.pk).update(live=False, has_unpublished_changes=True)
    # wagtail-localize saves the same instance again at once; it must not put it back live.
    instance.live = False
    instance.has_unpublished_changes = True
