UPDATE casesvc.category
SET newcasesampleunittype = NULL
WHERE categorypk = 'DISABLE_RESPONDENT_ENROLMENT';