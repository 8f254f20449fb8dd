from .webhook import PersonalNotificationWebhook, Webhook, WebhookResponse  # noqa: F401
