INSERT INTO casesvc.category(categorypk,shortdescription,longdescription, oldcasesampleunittypes)
VALUES ('COLLECTION_INSTRUMENT_ERROR','Collection Instrument Error','Collection Instrument Error','BI')
