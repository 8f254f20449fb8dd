CREATE SCHEMA IF NOT EXISTS collectionexercise;
