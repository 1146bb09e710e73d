package no.planvakt.api.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The title and summary of the OpenAPI description that springdoc generates at {@code /v3/api-docs}. */
@Configuration
public class OpenApiDescription {
    @Bean
    public OpenAPI planvaktOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Planvakt API")
                        .version("1")
                        .description(
                                "Checks municipal land-use plans against regional planning guidelines: upload plan versions and"
                                        + " reference layers, run checks, read findings, record planners' verdicts.")
                        .license(new License().name("See the project's licence")));
    }
}
