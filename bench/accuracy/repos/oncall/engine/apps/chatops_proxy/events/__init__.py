from .root_handler import ChatopsEventsHandler  # noqa
