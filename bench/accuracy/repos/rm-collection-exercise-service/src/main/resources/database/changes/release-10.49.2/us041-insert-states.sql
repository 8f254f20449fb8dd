INSERT INTO collectionexercise.collectionexercisestate (statepk) VALUES ('SCHEDULED');
INSERT INTO collectionexercise.collectionexercisestate (statepk) VALUES ('READY_FOR_REVIEW');
INSERT INTO collectionexercise.collectionexercisestate (statepk) VALUES ('READY_FOR_LIVE');

