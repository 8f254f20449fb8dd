from .alert_group_actions_handler import AlertGroupActionHandler  # noqa: F401
