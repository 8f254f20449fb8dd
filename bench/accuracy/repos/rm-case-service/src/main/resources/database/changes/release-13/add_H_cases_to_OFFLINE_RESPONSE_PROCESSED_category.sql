UPDATE casesvc.category
SET oldcasesampleunittypes = 'BI,H'
WHERE categorypk = 'OFFLINE_RESPONSE_PROCESSED'
