package org.qualcat.benchmark;

import java.util.ArrayList;
import java.util.List;
import org.qualcat.QualcatApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Qualcat started in a benchmark's own JVM as production runs it: a free port, a fresh data directory, no mail server,
 * quiet logs, the profiles of {@code qualcat.benchmark.profiles} (e.g. mariadb), and without the process test
 * coverage the test classpath brings.
 */
final class InProcessApp {

  private InProcessApp() {
  }

  static ConfigurableApplicationContext start(String... settings) {
    List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.main.banner-mode=off",
        "--spring.mail.host=", "--qualcat.data-dir=./target/benchmark-data/" + System.currentTimeMillis(),
        "--logging.level.org.camunda=warn", "--logging.level.org.qualcat=warn",
        "--spring.autoconfigure.exclude="
            + "org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration"));
    args.addAll(List.of(settings));
    String profiles = System.getProperty("qualcat.benchmark.profiles", "");
    if (!profiles.isBlank()) {
      args.add("--spring.profiles.active=" + profiles);
    }
    return new SpringApplicationBuilder(QualcatApplication.class).run(args.toArray(String[]::new));
  }
}
