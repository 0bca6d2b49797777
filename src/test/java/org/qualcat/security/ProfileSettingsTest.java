package org.qualcat.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.qualcat.verification.VerificationSettings;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.PropertySourcesPropertyResolver;
import org.springframework.core.io.ClassPathResource;

/**
 * Outside the default profile nothing insecure is on by default: no demo users, no H2 console, and every secret
 * comes from the environment, without a default. Read from the profile files themselves, resolved as Spring would
 * with an empty environment (the process's own environment is left out, so that CI's variables do not count).
 */
class ProfileSettingsTest {

  private static final Pattern SECRET = Pattern.compile("(?i).*(password|secret|key|token|credential).*");
  /** A placeholder for an environment variable without a default, or with an empty one. */
  private static final Pattern FROM_ENVIRONMENT = Pattern.compile("\\$\\{[A-Z][A-Z0-9_]*:?}");

  @Test
  void theMysqlAndMariadbProfilesHaveNoDemoUsersAndNoDefaultSecrets() throws IOException {
    for (List<String> profile : List.of(List.of("mysql"), List.of("mysql", "mariadb"))) {
      PropertySourcesPropertyResolver settings = resolver(profile);

      assertThat(settings.getProperty("qualcat.demo-data", Boolean.class)).as(profile + ": demo users").isFalse();
      assertThat(settings.getProperty("qualcat.verification.register")).as(profile + ": simulated register")
          .isEqualTo("none");
      assertThat(settings.getProperty("qualcat.verification.document-key")).as(profile + ": document key").isEmpty();
      assertThat(settings.getProperty("spring.datasource.password")).as(profile + ": database password").isEmpty();
      assertThat(settings.getProperty("spring.h2.console.enabled", Boolean.class, false)).isFalse();
      assertThat(settings.getProperty("qualcat.verification.encryption-key")).as(profile + ": encryption key")
          .isEmpty();
      assertThatThrownBy(() -> new VerificationSettings(settings.getProperty("qualcat.verification.document-key"),
          "IPU4ysDV8TZ/UQoWZN432eXb0ShsqLFn3IDZhoePUiI=", settings.getProperty("qualcat.verification.register")))
          .as("the application does not start without the document key").hasMessageContaining("QUALCAT_DOCUMENT_KEY");
      assertThatThrownBy(() -> new VerificationSettings("a-document-key-long-enough-to-pass",
          settings.getProperty("qualcat.verification.encryption-key"),
          settings.getProperty("qualcat.verification.register")))
          .as("nor without the encryption key").hasMessageContaining("QUALCAT_ENCRYPTION_KEY");
    }
  }

  @Test
  void everySecretOfTheProductionProfilesComesFromTheEnvironment() throws IOException {
    for (String file : List.of("application-mysql.yml", "application-mariadb.yml")) {
      for (PropertySource<?> source : load(file)) {
        for (String name : ((EnumerablePropertySource<?>) source).getPropertyNames()) {
          if (SECRET.matcher(name).matches()) {
            assertThat(String.valueOf(source.getProperty(name))).as(file + ": " + name).matches(FROM_ENVIRONMENT);
          }
        }
      }
    }
  }

  @Test
  void noProfileTurnsOnTheH2ConsoleOrShowsErrorDetails() throws IOException {
    for (String file : List.of("application.yml", "application-mysql.yml", "application-mariadb.yml")) {
      for (PropertySource<?> source : load(file)) {
        assertThat(source.getProperty("spring.h2.console.enabled")).as(file).isNull();
      }
    }
    PropertySourcesPropertyResolver defaults = resolver(List.of());
    assertThat(defaults.getProperty("server.error.include-stacktrace")).isEqualTo("never");
    assertThat(defaults.getProperty("server.error.include-message")).isEqualTo("never");
    // the metrics are exposed, to system administrators only (SecurityConfiguration.metrics, MetricsIT)
    assertThat(defaults.getProperty("management.endpoints.web.exposure.include")).isEqualTo("health,info,prometheus");
    assertThat(defaults.getProperty("qualcat.verification.document-key")).as("the default profile's key says so")
        .contains("dev-only");
  }

  /** The default file, then the profiles' files in order, later ones winning, as Spring Boot orders them. */
  private static PropertySourcesPropertyResolver resolver(List<String> profiles) throws IOException {
    MutablePropertySources sources = new MutablePropertySources();
    load("application.yml").forEach(sources::addFirst);
    for (String profile : profiles) {
      load("application-" + profile + ".yml").forEach(sources::addFirst);
    }
    return new PropertySourcesPropertyResolver(sources);
  }

  private static List<PropertySource<?>> load(String file) throws IOException {
    return new ArrayList<>(new YamlPropertySourceLoader().load(file, new ClassPathResource(file)));
  }
}
