package org.qualcat.bureau;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes each configured bureau the engine's tenant, with its staff group as the tenant's member, at start-up; with
 * demo data, puts each bureau's demo staff into its group. After the bureau's groups and demo users exist
 * ({@code IdentityBootstrap}). Idempotent: a bureau added to the configuration is added at the next start; one
 * removed stays in the engine (its cases keep their tenant) until an administrator deletes it.
 */
@Component
@Order(2)
class BureauTenants implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(BureauTenants.class);

  private final IdentityService identity;
  private final Bureaus bureaus;
  private final boolean demoData;

  BureauTenants(IdentityService identity, Bureaus bureaus, @Value("${qualcat.demo-data:false}") boolean demoData) {
    this.identity = identity;
    this.bureaus = bureaus;
    this.demoData = demoData;
  }

  @Override
  public void run(ApplicationArguments args) {
    for (Bureau bureau : bureaus.all()) {
      if (identity.createTenantQuery().tenantId(bureau.tenantId()).count() == 0) {
        Tenant tenant = identity.newTenant(bureau.tenantId());
        tenant.setName(bureau.displayName());
        identity.saveTenant(tenant);
        log.info("Created tenant {} for the bureau of {}", bureau.tenantId(), bureau.region());
      }
      if (identity.createGroupQuery().groupId(bureau.staffGroup()).count() == 0) {
        Group group = identity.newGroup(bureau.staffGroup());
        group.setName(bureau.nameZh() + "\u5de5\u4f5c\u4eba\u5458 / Staff of " + bureau.nameEn());
        group.setType("WORKFLOW");
        identity.saveGroup(group);
      }
      if (identity.createGroupQuery().groupId(bureau.staffGroup()).memberOfTenant(bureau.tenantId()).count() == 0) {
        identity.createTenantGroupMembership(bureau.tenantId(), bureau.staffGroup());
      }
      if (demoData) {
        bureau.demoStaff().forEach(user -> join(user, bureau));
      }
    }
  }

  private void join(String user, Bureau bureau) {
    if (identity.createUserQuery().userId(user).count() == 1
        && identity.createUserQuery().userId(user).memberOfGroup(bureau.staffGroup()).count() == 0) {
      identity.createMembership(user, bureau.staffGroup());
    }
  }
}
