DROP TABLE scripts;
DROP TABLE script_tags;