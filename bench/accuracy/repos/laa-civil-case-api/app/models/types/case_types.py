from enum import Enum


class CaseTypes(str, Enum):
    CCQ = "Check if your client qualifies for legal aid"
    CLA = "Civil Legal Advice"
