-- Drop case_action view
Drop view casesvc.case_action cascade;