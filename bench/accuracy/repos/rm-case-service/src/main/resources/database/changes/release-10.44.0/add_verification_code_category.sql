INSERT INTO casesvc.category(categorypk,shortdescription,longdescription, oldcasesampleunittypes)
VALUES ('VERIFICATION_CODE_SENT','Verification Code Sent','Verification Code Sent','BI')
