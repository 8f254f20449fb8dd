CREATE INDEX idx_user_profile_idam_id ON user_profile (IDAM_ID);

