alter table audit_event
    drop column audit_event_id;