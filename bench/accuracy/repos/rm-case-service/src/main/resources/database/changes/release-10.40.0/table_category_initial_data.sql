INSERT INTO casesvc.category(categorypk, shortdescription, longdescription, eventtype, role, generatedactiontype, "group", oldcasesampleunittype, newcasesampleunittype, recalccollectioninstrument)
VALUES ('ACTION_CREATED', 'Action Created', 'Action Created',null ,null ,null, null ,null ,null ,null );
INSERT INTO casesvc.category(
categorypk, shortdescription, longdescription, eventtype, role, generatedactiontype, "group", oldcasesampleunittype, newcasesampleunittype, recalccollectioninstrument)
VALUES ('ACTION_COMPLETED', 'Action Completed', 'Action Completed',null ,null ,null, null ,null ,null ,null );
INSERT INTO casesvc.category(
categorypk, shortdescription, longdescription, eventtype, role, generatedactiontype, "group", oldcasesampleunittype, newcasesampleunittype, recalccollectioninstrument)
VALUES ('ACTION_UPDATED', 'Action Updated', 'Action Updated',null ,null ,null, null ,null ,null ,null );