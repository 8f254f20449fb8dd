alter table if exists cart
add column order_id bigint;