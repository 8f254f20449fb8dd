alter table audit_event
    drop column comment_appended;

drop table comment;