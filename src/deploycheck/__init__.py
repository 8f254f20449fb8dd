"""deploycheck: is this microservice ready to deploy, and does it really work once deployed?"""

__version__ = "0.1.0"
