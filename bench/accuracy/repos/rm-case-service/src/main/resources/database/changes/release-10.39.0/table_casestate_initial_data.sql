INSERT INTO casesvc.casestate(state) VALUES ('ACTIONABLE');
INSERT INTO casesvc.casestate(state) VALUES ('INACTIONABLE');
INSERT INTO casesvc.casestate(state) VALUES ('REPLACEMENT_INIT');
INSERT INTO casesvc.casestate(state) VALUES ('SAMPLED_INIT');