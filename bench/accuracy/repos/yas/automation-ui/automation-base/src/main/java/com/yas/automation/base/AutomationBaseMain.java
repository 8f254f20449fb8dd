package com.yas.automation.base;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class AutomationBaseMain {
    public static void main(String[] args) {
        SpringApplication.run(AutomationBaseMain.class, args);
    }

}