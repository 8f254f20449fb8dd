INSERT INTO collectionexercise.collectionexercisestate (state_pk) VALUES('ENDED');
