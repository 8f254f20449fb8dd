ALTER TABLE plan_person ADD CONSTRAINT pk_plan_person PRIMARY KEY (plan_id, prison_number);
