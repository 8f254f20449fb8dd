ALTER TABLE collectionexercise.event ADD status varchar NOT NULL DEFAULT 'NOT_SET';
