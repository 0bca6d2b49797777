package org.qualcat.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the bureau's groups at start-up, the demo users when demo data is on (default profile), and the first
 * administrator when {@code QUALCAT_ADMIN_PASSWORD} is set (for databases without demo data). Idempotent.
 */
@Component
@Order(1)
class IdentityBootstrap implements ApplicationRunner {

  static final String DEMO_PASSWORD = "demo";
  private static final Logger log = LoggerFactory.getLogger(IdentityBootstrap.class);

  /** The demo users of DESIGN.md: id, first and last name, group. */
  static final List<DemoUser> DEMO_USERS = List.of(
      new DemoUser("secretariat1", "Li", "Na", Roles.SECRETARIAT),
      new DemoUser("expert1", "Zhang", "Wei", Roles.EXPERTS),
      new DemoUser("expert2", "Chen", "Jing", Roles.EXPERTS),
      new DemoUser("expert3", "Liu", "Yang", Roles.EXPERTS),
      new DemoUser("committee1", "Wang", "Lei", Roles.COMMITTEE),
      new DemoUser("committee2", "Zhao", "Min", Roles.COMMITTEE),
      new DemoUser("monitor1", "Sun", "Hao", Roles.MONITORS),
      // one verifier per bureau (qualcat.bureaus: verifier1 Beijing's, verifier2 Tianjin's, verifier3 Hebei's)
      new DemoUser("verifier1", "Zhou", "Ting", Roles.VERIFIERS),
      new DemoUser("verifier2", "Gao", "Jie", Roles.VERIFIERS),
      new DemoUser("verifier3", "Ma", "Lin", Roles.VERIFIERS),
      new DemoUser("titleofficer1", "Qian", "Yu", Roles.TITLE_OFFICE),
      new DemoUser("applicant1", "Jane", "Doe", Roles.APPLICANTS),
      new DemoUser("applicant2", "Rahul", "Mehta", Roles.APPLICANTS),
      // HR staff of the demo employers (org.qualcat.employer.DemoEmployers): hr1 and hr2 of one, hr3 of another
      new DemoUser("hr1", "Wu", "Fang", Roles.EMPLOYERS),
      new DemoUser("hr2", "Zheng", "Qiang", Roles.EMPLOYERS),
      new DemoUser("hr3", "He", "Li", Roles.EMPLOYERS),
      new DemoUser("authority1", "Beijing Municipal Financial", "Regulation Bureau", Roles.AUTHORITIES),
      new DemoUser("prometheus", "Prometheus", "Metrics", Roles.METRICS_READERS),
      new DemoUser("admin", "System", "Administrator", Roles.ADMIN));

  record DemoUser(String id, String firstName, String lastName, String group) {

    String email() {
      return id + "@qualcat.example";
    }
  }

  private final IdentityService identity;
  private final boolean demoData;
  private final String adminUser;
  private final String adminPassword;

  IdentityBootstrap(IdentityService identity, @Value("${qualcat.demo-data:false}") boolean demoData,
      @Value("${QUALCAT_ADMIN_USER:admin}") String adminUser,
      @Value("${QUALCAT_ADMIN_PASSWORD:}") String adminPassword) {
    this.identity = identity;
    this.demoData = demoData;
    this.adminUser = adminUser;
    this.adminPassword = adminPassword;
  }

  @Override
  public void run(ApplicationArguments args) {
    Roles.ALL.forEach(this::ensureGroup);
    if (demoData) {
      DEMO_USERS.forEach(u -> ensureUser(u.id(), u.firstName(), u.lastName(), u.email(), DEMO_PASSWORD, u.group()));
    }
    if (!adminPassword.isBlank()) {
      ensureUser(adminUser, "System", "Administrator", adminUser + "@localhost", adminPassword, Roles.ADMIN);
    }
  }

  private void ensureGroup(String id) {
    if (identity.createGroupQuery().groupId(id).count() == 0) {
      Group group = identity.newGroup(id);
      group.setName(Roles.displayName(id));
      group.setType(Roles.ADMIN.equals(id) ? "SYSTEM" : "WORKFLOW");
      identity.saveGroup(group);
    }
  }

  private void ensureUser(String id, String firstName, String lastName, String email, String password,
      String group) {
    if (identity.createUserQuery().userId(id).count() == 0) {
      User user = identity.newUser(id);
      user.setFirstName(firstName);
      user.setLastName(lastName);
      user.setEmail(email);
      user.setPassword(password);
      identity.saveUser(user);
      log.info("Created user {} in group {}", id, group);
    }
    if (identity.createUserQuery().userId(id).memberOfGroup(group).count() == 0) {
      identity.createMembership(id, group);
    }
  }
}
