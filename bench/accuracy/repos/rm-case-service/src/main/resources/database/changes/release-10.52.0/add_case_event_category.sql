INSERT INTO casesvc.category (categorypk, shortdescription, longdescription, oldcasesampleunittypes)
VALUES ('EQ_LAUNCH', 'Collection Instrument Launched', 'Collection Instrument Launched', 'BI');