SELECT * FROM tmp_acd_621_defendants_with_multiple_maats;
