alter table casesvc."case"
add column activeenrolment boolean;
