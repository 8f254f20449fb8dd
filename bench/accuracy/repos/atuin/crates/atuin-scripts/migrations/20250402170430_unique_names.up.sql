-- Add up migration script here
create unique index name_uniq_idx ON scripts(name);