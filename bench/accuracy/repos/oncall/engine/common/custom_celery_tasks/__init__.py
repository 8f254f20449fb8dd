from .dedicated_queue_retry_task import shared_dedicated_queue_retry_task  # noqa
