from django_tasks import task


@task()
def deliver_webhook(delivery_id: str) -> str | None:
    """Send one delivery if it is due (``cms.webhooks.delivery.deliver``); its new status."""
    from .delivery import deliver

    delivery = deliver(delivery_id)
    return delivery.status if delivery is not None else None
