DROP FUNCTION IF EXISTS casesvc.generate_case_events_report();
DROP FUNCTION IF EXISTS casesvc.generate_response_chasing_report();
DROP FUNCTION IF EXISTS casesvc.logmessage(text, numeric, text, text);