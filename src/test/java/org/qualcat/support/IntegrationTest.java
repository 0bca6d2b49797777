package org.qualcat.support;

import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the integration suite: the whole application on a random port, a real database (H2 file, or MariaDB),
 * a real SMTP server. Every subclass shares one Spring context, so the engine starts once per run; tests create
 * their own data (unique codes) instead of relying on a clean database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@Import(PlumbingProbeMail.class)
public abstract class IntegrationTest {

  /** The SMTP server starts before the (first) context, which sends to it. */
  @DynamicPropertySource
  static void mailServer(DynamicPropertyRegistry properties) {
    TestMailServer.ensureStarted();
    properties.add("spring.mail.port", TestMailServer::port);
  }

  @Autowired
  protected ProcessEngine processEngine;

  @LocalServerPort
  private int port;

  @BeforeEach
  void initProcessAssertions() {
    BpmnAwareTests.init(processEngine);
  }

  /** The API, called as {@code user} (password "demo") or anonymously with {@link #anonymous()}. */
  protected ApiClient as(String user) {
    return as(user, "demo");
  }

  protected ApiClient as(String user, String password) {
    return new ApiClient(port, user, password);
  }

  protected ApiClient anonymous() {
    return new ApiClient(port, null, null);
  }

  protected int port() {
    return port;
  }

  /**
   * A new user of no organisation, password "demo" as the demo users': a unique id starting with {@code prefix}, the
   * name "Test {@code lastName}", an address at qualcat.example, in {@code groups}.
   */
  protected String newUser(String prefix, String lastName, String... groups) {
    IdentityService identity = processEngine.getIdentityService();
    String id = prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    User user = identity.newUser(id);
    user.setFirstName("Test");
    user.setLastName(lastName);
    user.setEmail(id + "@qualcat.example");
    user.setPassword("demo");
    identity.saveUser(user);
    for (String group : groups) {
      identity.createMembership(id, group);
    }
    return id;
  }

  /** A browser's session (cookies, the pages' CSRF tokens) signed in as {@code user} through the login form. */
  protected BrowserSession signedIn(String user) {
    BrowserSession browser = new BrowserSession(port);
    org.assertj.core.api.Assertions.assertThat(browser.signIn(user, "demo").headers().firstValue("Location"))
        .as("signed in as " + user).hasValueSatisfying(location -> org.assertj.core.api.Assertions
            .assertThat(location).doesNotContain("error"));
    return browser;
  }
}
