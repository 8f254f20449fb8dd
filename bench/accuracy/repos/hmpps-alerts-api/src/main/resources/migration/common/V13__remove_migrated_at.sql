alter table alert
drop column migrated_at;