package org.qualcat.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qualcat.QualcatApplication;
import org.qualcat.catalog.CatalogImport;
import org.qualcat.catalog.CatalogQueries;
import org.qualcat.catalog.CatalogEntries;
import org.qualcat.notification.Notifications;
import org.qualcat.support.TestProfiles;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The default, embedded set-up as a user starts it (no test profile): H2 in file mode under the data folder, demo
 * users and the sample catalog, mail into the data folder. Started twice on one folder, it keeps its data, loads
 * the sample once and deploys nothing new. Runs in a JVM of its own (see the pom): engines and webapps register
 * in JVM-wide registries.
 */
class EmbeddedRestartIT {

  @TempDir
  Path data;

  @Test
  void dataSurvivesARestartAndNothingIsLoadedTwice() throws Exception {
    assumeFalse(TestProfiles.onMysql(), "the embedded database is what this test is about");

    long deployments;
    try (ConfigurableApplicationContext first = start()) {
      assertThat(first.getBean(CatalogEntries.class).count()).isEqualTo(46);
      assertThat(first.getBean(CatalogQueries.class).publishedEditions()).hasSize(1);
      deployments = first.getBean(RepositoryService.class).createDeploymentQuery().count();
      first.getBean(CatalogImport.class).importFile(new StringReader(
          "code,name_en,name_zh,issuing_body,country_region,sector,lists\n"
              + "KEEP-001,Kept across restarts,保留,Issuer,USA,IT,INTERNATIONAL\n"), "keep.csv", "secretariat1");
      first.getBean(Notifications.class).send("plumbing-probe-greeting", List.of("offline@example.org"),
          Map.of("reference", "OFFLINE-1"), "OFFLINE-1");
      awaitFile(data.resolve("mail"));
    }
    assertThat(data.resolve("db")).isDirectory();

    try (ConfigurableApplicationContext second = start()) {
      assertThat(second.getBean(CatalogEntries.class).exists("KEEP-001")).isTrue();
      assertThat(second.getBean(CatalogEntries.class).count()).isEqualTo(47);
      assertThat(second.getBean(CatalogQueries.class).publishedEditions()).hasSize(1);
      assertThat(second.getBean(RepositoryService.class).createDeploymentQuery().count()).isEqualTo(deployments);
      assertThat(second.getBean(IdentityService.class).createUserQuery().userId("secretariat1").count()).isOne();
    }
    try (Stream<Path> mails = Files.list(data.resolve("mail"))) {
      Path mail = mails.findFirst().orElseThrow();
      assertThat(mail.getFileName().toString()).endsWith("-plumbing-probe-greeting.eml");
      assertThat(Files.readString(mail)).contains("Subject: Probe greeting for OFFLINE-1")
          .contains("To: offline@example.org");
    }
  }

  private ConfigurableApplicationContext start() {
    return new SpringApplicationBuilder(QualcatApplication.class)
        .run("--server.port=0", "--qualcat.data-dir=" + data, "--spring.main.banner-mode=off",
            "--camunda.bpm.job-execution.enabled=false", "--spring.mail.host=");
  }

  private static void awaitFile(Path folder) throws InterruptedException {
    for (int i = 0; i < 200; i++) {
      if (Files.isDirectory(folder) && folder.toFile().list().length > 0) {
        return;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no mail written to " + folder);
  }
}
