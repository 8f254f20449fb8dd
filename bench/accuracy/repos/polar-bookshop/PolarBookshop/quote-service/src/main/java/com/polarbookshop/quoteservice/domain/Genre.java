package com.polarbookshop.quoteservice.domain;

public enum Genre {
	ADVENTURE,
	FANTASY,
	SCIENCE_FICTION
}
