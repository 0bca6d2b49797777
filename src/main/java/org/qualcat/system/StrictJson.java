package org.qualcat.system;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API reads exactly the JSON it documents. {@code application.yml} refuses unknown fields, duplicate keys,
 * {@code "12"} for a number, {@code 1.5} for a whole number and lenient dates; what has no Boot property is set
 * here: a nesting depth far below Jackson's default of 1000 (our bodies are two levels deep, and every level costs
 * the parser stack and memory), and no number or boolean where text is expected (a client that sends
 * {@code "grounds": 42} has a bug we should tell it about). Only Spring MVC's mapper is affected: the engine REST
 * API and the Camunda webapps bring their own. See docs/adr/0011.
 */
@Configuration(proxyBeanMethods = false)
class StrictJson {

  /** Deepest nesting of objects and arrays the API parses. */
  static final int MAX_NESTING_DEPTH = 16;

  @Bean
  Jackson2ObjectMapperBuilderCustomizer strictJsonReading() {
    return builder -> builder.postConfigurer(mapper -> {
      mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(MAX_NESTING_DEPTH).build());
      mapper.coercionConfigFor(LogicalType.Textual)
          .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    });
  }
}
