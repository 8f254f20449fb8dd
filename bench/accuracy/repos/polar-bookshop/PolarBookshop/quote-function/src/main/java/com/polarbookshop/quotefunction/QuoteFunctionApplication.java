package com.polarbookshop.quotefunction;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class QuoteFunctionApplication {

	public static void main(String[] args) {
		SpringApplication.run(QuoteFunctionApplication.class, args);
	}

}
