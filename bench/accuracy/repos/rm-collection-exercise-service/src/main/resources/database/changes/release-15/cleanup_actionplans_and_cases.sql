DROP TABLE collectionexercise.casetypedefault cascade;
DROP TABLE collectionexercise.casetypeoverride cascade;
