class PropertyExpectedException(Exception):
    pass


class InvalidStateException(Exception):
    pass
