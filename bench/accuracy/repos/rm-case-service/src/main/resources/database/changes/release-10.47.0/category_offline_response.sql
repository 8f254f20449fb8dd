UPDATE casesvc.category
SET eventtype = 'DISABLED' where categorypk = 'OFFLINE_RESPONSE_PROCESSED';