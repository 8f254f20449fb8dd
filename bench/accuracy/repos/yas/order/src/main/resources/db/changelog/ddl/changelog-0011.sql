alter table if exists "order"
add column reject_reason text;