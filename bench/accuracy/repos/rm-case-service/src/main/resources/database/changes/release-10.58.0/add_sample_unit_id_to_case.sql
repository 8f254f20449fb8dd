ALTER TABLE casesvc.case
  ADD COLUMN sampleunit_id uuid;