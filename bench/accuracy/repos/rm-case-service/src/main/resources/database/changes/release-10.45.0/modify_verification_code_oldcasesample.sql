UPDATE casesvc.category
SET oldcasesampleunittypes = 'B'
WHERE categorypk = 'VERIFICATION_CODE_SENT'