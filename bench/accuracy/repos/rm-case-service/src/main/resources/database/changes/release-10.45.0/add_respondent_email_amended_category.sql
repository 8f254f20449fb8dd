INSERT INTO casesvc.category(categorypk,shortdescription,longdescription, oldcasesampleunittypes)
VALUES ('RESPONDENT_EMAIL_AMENDED','Respondent Email Amended','Respondent Email Amended','BI')
