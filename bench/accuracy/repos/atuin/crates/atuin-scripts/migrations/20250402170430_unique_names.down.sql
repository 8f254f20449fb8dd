-- Add down migration script here
alter table scripts drop index name_uniq_idx;