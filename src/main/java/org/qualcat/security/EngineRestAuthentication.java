package org.qualcat.security;

import java.time.Duration;
import java.util.List;
import java.util.ServiceLoader;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.spi.ProcessEngineProvider;
import org.springframework.util.function.SingletonSupplier;

/**
 * Hands the caller Spring Security signed in to the engine for each engine REST call, with their groups and
 * tenants (the engine's authorizations and tenant checks apply to them).
 *
 * <p>The engine's own filter looks both up on every request: two queries, each in a transaction of its own (four
 * statements and six round trips on MySQL/MariaDB, a sixth of an engine REST read's time on H2; docs/benchmarks.md).
 * This one remembers a user's groups and tenants for as long as a sign-in is remembered
 * ({@code qualcat.security.sign-in-remembered-for}, 10 seconds; 0: looked up on every request), so that a membership
 * changed in Camunda Admin takes effect on engine REST calls within the same while as on an HTTP Basic sign-in.
 *
 * <p>The engine's filter also finds the addressed engine through a {@link ServiceLoader} on every request, which
 * reads the class path's service files each time (3 % of an engine REST call's CPU); this one asks the provider the
 * engine's filter would find, found once.
 */
class EngineRestAuthentication extends ProcessEngineAuthenticationFilter {

  private final RememberedForAWhile<Memberships> remembered;
  private final Supplier<ProcessEngineProvider> provider;

  private record Memberships(List<String> groups, List<String> tenants) {
  }

  EngineRestAuthentication(Duration rememberedFor) {
    this(rememberedFor, System::nanoTime);
  }

  EngineRestAuthentication(Duration rememberedFor, LongSupplier nanoTime) {
    this(rememberedFor, nanoTime, SingletonSupplier.of(EngineRestAuthentication::firstProvider));
  }

  EngineRestAuthentication(Duration rememberedFor, LongSupplier nanoTime, Supplier<ProcessEngineProvider> provider) {
    this.remembered = new RememberedForAWhile<>(rememberedFor, nanoTime);
    this.provider = provider;
  }

  /** The engine a request addresses (the default one without a name), as the engine's own lookup answers. */
  @Override
  protected ProcessEngine getAddressedEngine(String engineName) {
    return engineName == null ? provider.get().getDefaultProcessEngine() : provider.get().getProcessEngine(engineName);
  }

  /** The provider {@code EngineUtil.lookupProcessEngine} would use: the first the class path offers. */
  private static ProcessEngineProvider firstProvider() {
    return ServiceLoader.load(ProcessEngineProvider.class).findFirst().orElseThrow(
        () -> new IllegalStateException("no " + ProcessEngineProvider.class.getName() + " on the class path"));
  }

  @Override
  protected List<String> getGroupsOfUser(ProcessEngine engine, String userId) {
    return memberships(engine, userId).groups();
  }

  @Override
  protected List<String> getTenantsOfUser(ProcessEngine engine, String userId) {
    return memberships(engine, userId).tenants();
  }

  /** The user's groups and tenants as the engine's filter finds them, looked up again once the while is over. */
  private Memberships memberships(ProcessEngine engine, String userId) {
    String key = engine.getName() + '\u0000' + userId;
    Memberships known = remembered.get(key);
    if (known != null) {
      return known;
    }
    Memberships found = new Memberships(List.copyOf(super.getGroupsOfUser(engine, userId)),
        List.copyOf(super.getTenantsOfUser(engine, userId)));
    remembered.put(key, found);
    return found;
  }
}
