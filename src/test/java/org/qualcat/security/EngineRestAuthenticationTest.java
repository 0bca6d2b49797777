package org.qualcat.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.rest.spi.ProcessEngineProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.function.SingletonSupplier;

/**
 * An engine REST caller's groups and tenants are looked up once per while, not on every request; a membership
 * changed meanwhile counts once the while is over, and with the while set to 0 on the very next request.
 */
class EngineRestAuthenticationTest {

  private final ProcessEngine engine = mock(ProcessEngine.class, RETURNS_DEEP_STUBS);
  private final AtomicLong now = new AtomicLong();
  private final EngineRestAuthentication filter = new EngineRestAuthentication(Duration.ofSeconds(10), now::get);

  @BeforeEach
  void verifierOfBeijing() {
    when(engine.getName()).thenReturn("default");
    member("verifier1", List.of(Roles.VERIFIERS), List.of("beijing"));
  }

  @Test
  void groupsAndTenantsAreLookedUpOnceForAWhile() {
    for (int request = 0; request < 3; request++) {
      assertThat(filter.getGroupsOfUser(engine, "verifier1")).containsExactly(Roles.VERIFIERS);
      assertThat(filter.getTenantsOfUser(engine, "verifier1")).containsExactly("beijing");
      now.addAndGet(Duration.ofSeconds(4).toNanos());
    }
    verify(engine.getIdentityService().createGroupQuery().groupMember("verifier1"), times(1)).list();
    verify(engine.getIdentityService().createTenantQuery().userMember("verifier1").includingGroupsOfUser(true),
        times(1)).list();
  }

  @Test
  void aMembershipChangedMeanwhileCountsOnceTheWhileIsOver() {
    filter.getGroupsOfUser(engine, "verifier1");
    member("verifier1", List.of(), List.of());

    now.addAndGet(Duration.ofSeconds(9).toNanos());
    assertThat(filter.getGroupsOfUser(engine, "verifier1")).containsExactly(Roles.VERIFIERS);
    now.addAndGet(Duration.ofSeconds(2).toNanos());
    assertThat(filter.getGroupsOfUser(engine, "verifier1")).isEmpty();
    assertThat(filter.getTenantsOfUser(engine, "verifier1")).isEmpty();
  }

  @Test
  void eachUserHasTheirOwn() {
    member("verifier2", List.of(Roles.VERIFIERS, Roles.MONITORS), List.of("tianjin"));

    assertThat(filter.getGroupsOfUser(engine, "verifier1")).containsExactly(Roles.VERIFIERS);
    assertThat(filter.getGroupsOfUser(engine, "verifier2")).containsExactly(Roles.VERIFIERS, Roles.MONITORS);
    assertThat(filter.getTenantsOfUser(engine, "verifier2")).containsExactly("tianjin");
    assertThat(filter.getTenantsOfUser(engine, "verifier1")).containsExactly("beijing");
  }

  @Test
  void withTheWhileSetToZeroEveryRequestLooksThemUp() {
    EngineRestAuthentication everyTime = new EngineRestAuthentication(Duration.ZERO, now::get);
    everyTime.getGroupsOfUser(engine, "verifier1");
    member("verifier1", List.of(Roles.MONITORS), List.of());

    assertThat(everyTime.getGroupsOfUser(engine, "verifier1")).containsExactly(Roles.MONITORS);
  }

  @Test
  void theAddressedEngineComesFromTheProviderFoundOnce() {
    ProcessEngineProvider provider = mock(ProcessEngineProvider.class);
    ProcessEngine tianjin = mock(ProcessEngine.class);
    when(provider.getDefaultProcessEngine()).thenReturn(engine);
    when(provider.getProcessEngine("tianjin")).thenReturn(tianjin);
    AtomicInteger searches = new AtomicInteger();
    EngineRestAuthentication addressed = new EngineRestAuthentication(Duration.ZERO, now::get,
        SingletonSupplier.of(() -> {
          searches.incrementAndGet();
          return provider;
        }));

    assertThat(addressed.getAddressedEngine(null)).isSameAs(engine);
    assertThat(addressed.getAddressedEngine("tianjin")).isSameAs(tianjin);
    assertThat(addressed.getAddressedEngine("nowhere")).isNull();
    assertThat(searches).hasValue(1);
  }

  private void member(String user, List<String> groups, List<String> tenants) {
    List<Group> groupList = groups.stream().map(id -> {
      Group group = mock(Group.class);
      when(group.getId()).thenReturn(id);
      return group;
    }).toList();
    List<Tenant> tenantList = tenants.stream().map(id -> {
      Tenant tenant = mock(Tenant.class);
      when(tenant.getId()).thenReturn(id);
      return tenant;
    }).toList();
    when(engine.getIdentityService().createGroupQuery().groupMember(user).list()).thenReturn(groupList);
    when(engine.getIdentityService().createTenantQuery().userMember(user).includingGroupsOfUser(true).list())
        .thenReturn(tenantList);
  }
}
