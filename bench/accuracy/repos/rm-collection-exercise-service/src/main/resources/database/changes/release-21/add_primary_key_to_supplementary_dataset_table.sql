Set schema 'collectionexercise';

ALTER TABLE collectionexercise.supplementarydataset ADD PRIMARY KEY (id);