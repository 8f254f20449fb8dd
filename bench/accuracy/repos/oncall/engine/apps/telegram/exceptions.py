class AlertGroupTelegramMessageDoesNotExist(Exception):
    pass
