DROP TABLE collectionexercise.messagelog;
DROP TABLE collectionexercise.report;
DROP TABLE collectionexercise.reporttype;
DROP FUNCTION collectionexercise.generate_collectionexercise_mi();
DROP FUNCTION collectionexercise.logmessage(text, numeric, text, text);