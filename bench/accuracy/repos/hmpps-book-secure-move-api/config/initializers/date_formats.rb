# NB: Nomis is in a London time zone (i.e. GMT or BST depending on time of year)
Date::DATE_FORMATS[:nomis] = '%Y-%m-%dT%H:%M:%S'
Time::DATE_FORMATS[:nomis] = '%Y-%m-%dT%H:%M:%S'
