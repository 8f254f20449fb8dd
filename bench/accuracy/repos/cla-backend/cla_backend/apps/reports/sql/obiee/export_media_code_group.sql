COPY (SELECT * FROM legalaid_mediacodegroup)
TO STDOUT CSV HEADER;
