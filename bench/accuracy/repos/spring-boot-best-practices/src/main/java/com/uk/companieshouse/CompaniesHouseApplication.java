package com.uk.companieshouse;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class CompaniesHouseApplication {

    public static void main(String[] args) {
        SpringApplication.run(CompaniesHouseApplication.class, args);
    }
}
