package org.hearth.platform;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The API description served at {@code /v3/api-docs}. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI hearthApi() {
        return new OpenAPI().info(new Info().title("Hearth API").version("1")
                .description("Hearth's REST API. Errors are RFC 9457 problem details; invalid fields are listed "
                        + "under 'errors'. Every read and write of person data is audited."));
    }
}
