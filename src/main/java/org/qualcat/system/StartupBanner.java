package org.qualcat.system;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/** Tells whoever started Qualcat where to go. */
@Component
class StartupBanner {

  private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

  private final Environment environment;
  private final boolean demoData;
  private final String dataDir;

  StartupBanner(Environment environment, @Value("${qualcat.demo-data:false}") boolean demoData,
      @Value("${qualcat.data-dir}") String dataDir) {
    this.environment = environment;
    this.demoData = demoData;
    this.dataDir = dataDir;
  }

  @EventListener
  void ready(ApplicationReadyEvent event) {
    if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
      return;
    }
    String base = "http://localhost:" + web.getWebServer().getPort();
    boolean embedded = !environment.acceptsProfiles(Profiles.of("mysql"));
    StringBuilder text = new StringBuilder("\n\n  Qualcat is running: ").append(base).append('\n')
        .append("    Public catalog     ").append(base).append("/catalog   (中文: ").append(base)
        .append("/catalog?lang=zh)\n")
        .append("    Catalog API        ").append(base).append("/api/catalog\n")
        .append("    Applicant portal   ").append(base).append("/verification   (certificate verification cases)\n")
        .append("    Camunda webapps    ").append(base).append("/camunda   (Tasklist, Cockpit, Admin; staff sign in)\n")
        .append("    Engine REST        ").append(base).append("/engine-rest   (HTTP Basic)\n")
        .append("    OpenAPI            ").append(base).append("/v3/api-docs   (UI: ").append(base)
        .append("/swagger-ui.html)\n");
    if (demoData) {
      text.append("    Demo users         password \"demo\": secretariat1, expert1-3, committee1-2, monitor1, "
          + "verifier1, applicant1-2, hr1-3 (employers' HR staff), authority1, prometheus (metrics only), admin\n");
    }
    if (embedded) {
      text.append("    Data               ").append(Path.of(dataDir).toAbsolutePath().normalize())
          .append("   (H2 database; mails without SMTP in mail/)\n");
    }
    log.info(text.toString());
  }
}
