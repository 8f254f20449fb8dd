from .recaptcha_v3 import check_recaptcha_internal_api  # noqa
