from .base import *
import django

django.setup()
