class RequiredModifierMissingException(Exception):
    pass
