ALTER TABLE response DROP CONSTRAINT user_profile_id_fk1;
ALTER TABLE response RENAME TO user_profile_audit;