ALTER TABLE ONLY casesvc.casegroup
    ADD status_change_timestamp timestamp with time zone;