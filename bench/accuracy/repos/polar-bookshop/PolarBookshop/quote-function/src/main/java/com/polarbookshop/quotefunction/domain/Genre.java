package com.polarbookshop.quotefunction.domain;

public enum Genre {
	ADVENTURE,
	FANTASY,
	SCIENCE_FICTION
}
