alter table alert
add column migrated_at timestamp;