from .slack_channel import SlackChannel  # noqa: F401
from .slack_message import SlackMessage  # noqa: F401
from .slack_team_identity import SlackTeamIdentity  # noqa: F401
from .slack_user_identity import SlackUserIdentity  # noqa: F401
from .slack_usergroup import SlackUserGroup  # noqa: F401
