delete_option_three_years = "three_years"
delete_option_no_personal_details = "no_personal_details"
