alter table if exists "order"
add column checkout_id varchar(255);