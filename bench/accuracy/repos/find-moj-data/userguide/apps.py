from django.apps import AppConfig


class UserguideConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "userguide"
