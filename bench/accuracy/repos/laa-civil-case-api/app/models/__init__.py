#  All models which exist in the database should be imported here.
from .cases import Case  # noqa: F401
from .users import User  # noqa: F401
from .case_notes import CaseNote  # noqa: F401
from .person import Person  # noqa: F401
from .audit_log import AuditLogEvent  # noqa: F401
from .eligibility_outcomes import EligibilityOutcomes  # noqa: F401
