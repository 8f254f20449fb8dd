OPERATOR_ROLE = "Civil Legal Advice - Helpline Operator"
OPERATOR_MANAGER_ROLE = "Civil Legal Advice - Helpline Operator Manager"
PROVIDER_ROLE = "Civil Legal Advice - Helpline Provider"
PROVIDER_MCC_ROLE = "MCC Specialist Provider"
ENTRA_ALLOWED_OFFICE_CODES = ["2Q209V", "2Q239C", "0U865U", "2R116F", "0L951D", "1G893T", "2Q724E", "2L632G", "1G969A"]
