
UPDATE casesvc.reporttype
SET displayname = 'Case Events' WHERE reporttypepk = 'CASE_EVENTS';


UPDATE casesvc.reporttype
SET displayname = 'Response Chasing' WHERE reporttypepk = 'RESPONSE_CHASING';