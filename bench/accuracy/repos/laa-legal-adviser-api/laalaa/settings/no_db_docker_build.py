# coding=utf-8
from .base import *  # noqa: F401,F403

DATABASES = {}
