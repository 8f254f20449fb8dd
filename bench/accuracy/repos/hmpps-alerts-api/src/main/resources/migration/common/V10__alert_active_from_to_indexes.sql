create index idx_alert_active_from on alert (active_from);
create index idx_alert_active_to on alert (active_to);
