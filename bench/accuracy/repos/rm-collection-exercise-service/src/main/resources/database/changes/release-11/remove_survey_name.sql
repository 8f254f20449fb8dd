ALTER TABLE collectionexercise.collectionexercise
DROP COLUMN "name";
