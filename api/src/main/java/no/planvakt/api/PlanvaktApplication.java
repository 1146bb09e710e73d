package no.planvakt.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Planvakt service: plans and reference layers in, check runs and findings out, all on PostGIS. */
@SpringBootApplication
public class PlanvaktApplication {
    public static void main(String[] args) {
        SpringApplication.run(PlanvaktApplication.class, args);
    }
}
