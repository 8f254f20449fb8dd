DROP TABLE IF EXISTS collectionexercise.samplelinkstate CASCADE;
ALTER TABLE collectionexercise.samplelink DROP COLUMN IF EXISTS statefk;