package com.polarbookshop.dispatcherservice;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class DispatcherServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(DispatcherServiceApplication.class, args);
	}

}
