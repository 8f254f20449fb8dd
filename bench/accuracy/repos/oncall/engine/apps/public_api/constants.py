from django.utils import dateparse

VALID_DATE_FOR_DELETE_INCIDENT = dateparse.parse_date("2020-07-04")
