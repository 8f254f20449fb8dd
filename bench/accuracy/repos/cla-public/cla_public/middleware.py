import logging

logging.basicConfig()
log = logging.getLogger(__name__)
