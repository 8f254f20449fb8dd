CREATE INDEX case_partyid_index ON casesvc."case" USING btree (partyid);
