package org.qualcat.system;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

  static final String BASIC = "basic";

  @Bean
  OpenAPI qualcatApi() {
    return new OpenAPI()
        .info(new Info().title("Qualcat API").version("1")
            .description("Beijing's Catalog of Recognized International Professional Qualifications: the published "
                + "catalog and public notices (anonymous), catalog administration, nominations, adjustments, "
                + "monitoring and exits (staff), certificate verification cases (applicants) and the public "
                + "verification-code check. Errors are RFC 9457 problem details; input errors name the field."))
        .components(new Components().addSecuritySchemes(BASIC,
            new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
        .addSecurityItem(new SecurityRequirement().addList(BASIC));
  }
}
