ALTER TABLE casesvc."casegroup"
    ADD COLUMN status character varying(20);