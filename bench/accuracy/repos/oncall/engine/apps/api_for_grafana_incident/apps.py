from django.apps import AppConfig


class ApiForGrafanaIncidentConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "apps.api_for_grafana_incident"
