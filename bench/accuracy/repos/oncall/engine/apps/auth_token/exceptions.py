class InvalidToken(Exception):
    pass


class ServiceAccountDoesNotExist(Exception):
    pass
