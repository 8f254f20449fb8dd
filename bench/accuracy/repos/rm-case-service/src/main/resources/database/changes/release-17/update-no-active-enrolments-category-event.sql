UPDATE casesvc.category
SET eventtype = 'ACTIONPLAN_CHANGED'
WHERE categorypk = 'NO_ACTIVE_ENROLMENTS';