INSERT INTO collectionexercise.collectionexercisestate (statepk) VALUES ('LIVE');
