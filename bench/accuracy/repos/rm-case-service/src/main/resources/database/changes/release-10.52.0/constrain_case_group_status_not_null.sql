ALTER TABLE casesvc.casegroup
  ALTER COLUMN status SET NOT NULL;