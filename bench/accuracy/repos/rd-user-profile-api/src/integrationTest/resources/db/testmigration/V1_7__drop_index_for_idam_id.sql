DROP INDEX idx_user_profile_idam_id;
