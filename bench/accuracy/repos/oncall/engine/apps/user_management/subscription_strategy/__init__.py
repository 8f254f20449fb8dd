from .free_public_beta_subscription_strategy import FreePublicBetaSubscriptionStrategy  # noqa: F401
