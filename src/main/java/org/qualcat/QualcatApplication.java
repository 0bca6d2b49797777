package org.qualcat;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Qualcat: the workflow system behind Beijing's Catalog of Recognized International Professional
 * Qualifications. One Spring Boot application with an embedded Camunda 7 engine; each feature
 * (catalog, nomination, monitoring, exit, verification) keeps its entities, services, process
 * adapters and web layer in its own package.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class QualcatApplication {

  public static void main(String[] args) {
    SpringApplication.run(QualcatApplication.class, args);
  }
}
