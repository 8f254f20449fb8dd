ALTER TABLE casesvc."case"
  DROP COLUMN iac;