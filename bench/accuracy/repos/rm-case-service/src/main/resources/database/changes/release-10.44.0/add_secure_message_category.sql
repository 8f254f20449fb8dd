INSERT INTO casesvc.category(categorypk,shortdescription,longdescription, oldcasesampleunittypes)
VALUES ('SECURE_MESSAGE_SENT','Secure Message Sent','Secure Message Sent','BI')
