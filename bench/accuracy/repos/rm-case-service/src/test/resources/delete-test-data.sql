Delete from casesvc.caseevent;
Delete from casesvc.case;
Delete from casesvc.casegroup;