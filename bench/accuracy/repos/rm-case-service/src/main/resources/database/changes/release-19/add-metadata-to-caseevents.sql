alter table casesvc.caseevent
add column metadata jsonb;