package org.qualcat.employer;

import java.util.List;
import org.qualcat.audit.AuditTrail;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo data: two invented organisations (their credit codes are made up, with valid check characters) and their HR
 * users, who are created with the other demo users. Idempotent.
 */
@Component
@Order(2)
@ConditionalOnProperty(name = "qualcat.demo-data", havingValue = "true")
class DemoEmployers implements ApplicationRunner {

  /** The demo organisations: credit code, name, region, HR users. */
  static final List<Demo> DEMO = List.of(
      new Demo("91110105MA01QC4T79", "Beijing Jinrong Asset Management Co., Ltd. (demo)", EmployerRegion.BEIJING,
          List.of("hr1", "hr2")),
      new Demo("91120116MA07QC8K2T", "Tianjin Binhai Engineering Consultants Co., Ltd. (demo)",
          EmployerRegion.TIANJIN, List.of("hr3")));

  record Demo(String creditCode, String name, EmployerRegion region, List<String> users) {
  }

  private final Employers employers;

  DemoEmployers(Employers employers) {
    this.employers = employers;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    for (Demo demo : DEMO) {
      if (employers.all().stream().noneMatch(o -> o.creditCode().equals(demo.creditCode()))) {
        employers.register(new Employers.Registration(demo.creditCode(), demo.name(), demo.region()),
            AuditTrail.SYSTEM);
      }
      demo.users().forEach(user -> employers.addMember(demo.creditCode(), user, AuditTrail.SYSTEM));
    }
  }
}
