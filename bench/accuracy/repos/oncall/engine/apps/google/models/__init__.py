from .google_oauth2_user import GoogleOAuth2User  # noqa: F401
