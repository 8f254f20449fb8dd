INSERT INTO casesvc.category
VALUES ('COMPLETED_TO_NOTSTARTED', 'Changed from completed back to not started', 'Changed from completed back to not started', 'ACTIVATED', NULL, NULL, NULL, 'B, BI', NULL, NULL)
