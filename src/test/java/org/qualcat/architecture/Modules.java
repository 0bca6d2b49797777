package org.qualcat.architecture;

import static java.util.Map.entry;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Qualcat's modules and the dependencies each may have: the picture in {@code docs/architecture.md}, as data. The
 * kernel modules are libraries every feature may use whole; a feature uses another only through its
 * {@link org.qualcat.system.Published} types, and only along the arrows below.
 */
final class Modules {

  static final String ROOT = "org.qualcat";

  /** The shared kernel, bottom up: each may use the ones it names. */
  static final Map<String, Set<String>> KERNEL = Map.ofEntries(
      entry("system", Set.of()),
      entry("process", Set.of("system")),
      entry("security", Set.of("system", "process")),
      entry("notification", Set.of("system")),
      entry("audit", Set.of("system", "process", "security")));

  /** The features: each may use the whole kernel, and the features it names (their published types only). */
  static final Map<String, Set<String>> FEATURES = Map.ofEntries(
      entry("catalog", Set.<String>of()),
      entry("committee", Set.<String>of()),
      entry("nomination", Set.of("catalog", "committee")),
      entry("adjustment", Set.of("catalog", "committee")),
      entry("exit", Set.of("catalog", "committee")),
      entry("monitoring", Set.of("catalog", "committee", "exit")),
      // employers and their HR staff: organisations, memberships (ADR 0028)
      entry("employer", Set.<String>of()),
      // the platform's bureaus, one per employer region, each the engine's tenant (notice IV; ADR 0030)
      entry("bureau", Set.of("employer")),
      entry("verification", Set.of("catalog", "exit", "monitoring", "employer", "bureau")),
      // title grants on verified results (notice II; ADR 0028)
      entry("title", Set.of("catalog", "employer", "verification")),
      // metrics and health: counts in the engine's tables and the features' own, through plain SQL, never their types
      // the figures per bureau (docs/adr/0030)
      entry("operations", Set.of("bureau")));

  private Modules() {
  }

  /** The module of a class of Qualcat's ({@code org.qualcat.<module>...}); empty for the application class. */
  static Optional<String> of(String className) {
    if (!className.startsWith(ROOT + ".")) {
      return Optional.empty();
    }
    String rest = className.substring(ROOT.length() + 1);
    int dot = rest.indexOf('.');
    return dot < 0 ? Optional.empty() : Optional.of(rest.substring(0, dot));
  }

  static boolean isFeature(String module) {
    return FEATURES.containsKey(module);
  }

  static boolean known(String module) {
    return KERNEL.containsKey(module) || FEATURES.containsKey(module);
  }

  /** Whether {@code from} may depend on {@code to} at all. */
  static boolean mayUse(String from, String to) {
    if (from.equals(to)) {
      return true;
    }
    if (KERNEL.containsKey(from)) {
      return KERNEL.get(from).contains(to);
    }
    return KERNEL.containsKey(to) || FEATURES.getOrDefault(from, Set.of()).contains(to);
  }
}
