UPDATE casesvc.category
SET eventtype = 'DISABLED' where categorypk = 'RESPONDENT_ENROLED';