-- Add down migration script here
DROP TABLE kv;
