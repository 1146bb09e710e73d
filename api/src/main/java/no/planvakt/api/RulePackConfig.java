package no.planvakt.api;

import no.planvakt.rule.LoadedPack;
import no.planvakt.rule.RulePackLoader;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The rule pack the service checks with: loaded and validated once, shared by runs and reports. */
@Configuration
public class RulePackConfig {
    @Bean
    public LoadedPack rulePack() {
        return RulePackLoader.buskerud();
    }
}
