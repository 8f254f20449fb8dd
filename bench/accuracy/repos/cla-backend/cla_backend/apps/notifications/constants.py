# coding=utf-8
from __future__ import unicode_literals

NOTIFICATION_TYPES = (("alert", "Alert"), ("notification", "Notification"))
