SET SCHEMA 'collectionexercise';

ALTER TABLE collectionexercise DROP COLUMN eq_version;