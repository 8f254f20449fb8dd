from .alert_templater import TemplateLoader  # noqa: F401
from .classic_markdown_templater import AlertClassicMarkdownTemplater  # noqa: F401
from .phone_call_templater import AlertPhoneCallTemplater  # noqa: F401
from .slack_templater import AlertSlackTemplater  # noqa: F401
from .sms_templater import AlertSmsTemplater  # noqa: F401
from .telegram_templater import AlertTelegramTemplater  # noqa: F401
from .web_templater import AlertWebTemplater  # noqa: F401
