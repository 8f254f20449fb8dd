ALTER TABLE collectionexercise.sampleunit ADD COLUMN id UUID CONSTRAINT su_id_uuid UNIQUE;
