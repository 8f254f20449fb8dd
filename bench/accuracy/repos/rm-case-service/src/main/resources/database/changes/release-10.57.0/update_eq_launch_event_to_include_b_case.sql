UPDATE casesvc.category
SET oldcasesampleunittypes = 'B,BI'
WHERE categorypk = 'EQ_LAUNCH';