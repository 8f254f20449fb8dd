DROP TABLE casesvc.messagelog;
DROP TABLE casesvc.report;
DROP TABLE casesvc.reporttype;