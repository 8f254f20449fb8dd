drop table nomis_alert;
