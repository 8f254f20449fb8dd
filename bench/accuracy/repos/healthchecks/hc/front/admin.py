# The front app has no models.
