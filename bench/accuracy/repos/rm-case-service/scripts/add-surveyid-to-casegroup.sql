alter table casesvc."casegroup"
add column surveyid uuid;