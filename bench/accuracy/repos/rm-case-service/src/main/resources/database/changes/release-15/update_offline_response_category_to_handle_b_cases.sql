UPDATE casesvc.category
SET oldcasesampleunittypes = 'B,BI,H'
WHERE categorypk = 'OFFLINE_RESPONSE_PROCESSED';