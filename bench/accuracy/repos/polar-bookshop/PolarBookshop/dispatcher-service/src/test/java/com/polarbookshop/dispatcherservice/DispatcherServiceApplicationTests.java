package com.polarbookshop.dispatcherservice;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class DispatcherServiceApplicationTests {

	@Test
	void contextLoads() {
		// Ensure the context loads correctly
	}

}
