alter table alert
    add column prison_code_when_created varchar(6);