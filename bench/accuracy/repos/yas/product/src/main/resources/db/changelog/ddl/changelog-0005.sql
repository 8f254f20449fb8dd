alter table if exists category add column image_id bigint;
