from django.utils.translation import gettext_lazy as _

CATEGORY_MESSAGES = {
    "housing-loss-prevention-advice-service": _(
        "Tell the adviser your home is at risk and you want advice through the Housing Loss Prevention Advice Service."
    ),
}
