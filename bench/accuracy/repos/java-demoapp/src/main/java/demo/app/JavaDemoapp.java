package demo.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class JavaDemoapp {

  public static void main(String[] args) {
    SpringApplication.run(JavaDemoapp.class, args);
  }
}
