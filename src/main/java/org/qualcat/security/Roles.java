package org.qualcat.security;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;

/**
 * The bureau's roles. Each is a Camunda group (the identity service is the one user store) and, prefixed with
 * {@code ROLE_}, a Spring Security authority.
 */
public final class Roles {

  /** Catalog secretariat: intake, completeness checks, publishes editions. */
  public static final String SECRETARIAT = "secretariat";
  /** External expert reviewers: score nominations, adjustments and exits. */
  public static final String EXPERTS = "experts";
  /** Catalog committee: decides inclusion, list changes and removal; handles objections. */
  public static final String COMMITTEE = "committee";
  /** Monitoring officers: assess indicators, flag non-compliance, run rectification. */
  public static final String MONITORS = "monitors";
  /** Verification platform officers: accept cases, contact issuing bodies, record results. */
  public static final String VERIFIERS = "verifiers";
  /**
   * Beijing's professional-title office: decides direct recognition, lists exemptions, records exam results and the
   * evaluation committee's decisions on title applications (notice II; ADR 0028 decision 6).
   */
  public static final String TITLE_OFFICE = "titleoffice";
  /** Certificate holders: their own cases only. */
  public static final String APPLICANTS = "applicants";
  /**
   * Employers' HR staff: submit cases for their organisation's employees and read their organisation's cases, no
   * other's. Each is a member of one registered organisation ({@code org.qualcat.employer.Employers}; ADR 0028).
   */
  public static final String EMPLOYERS = "employers";
  /**
   * Nominating authorities (industry regulators, district bureaus, talent bureaus): propose qualifications for the
   * catalog and follow their own nominations. Not in DESIGN.md's table; see docs/adr/0010.
   */
  public static final String AUTHORITIES = "authorities";
  /**
   * Monitoring systems (Prometheus): read the metrics, nothing else; no page, no Tasklist, no API. A user of its own,
   * so that the scraper holds no administrator's password (docs/adr/0020).
   */
  public static final String METRICS_READERS = "metrics";
  /** System administrators: Camunda Admin and Cockpit; no business decisions. Camunda's own admin group. */
  public static final String ADMIN = "camunda-admin";

  /** Groups whose members do the bureau's work in the Tasklist. */
  public static final List<String> BUREAU = List.of(SECRETARIAT, EXPERTS, COMMITTEE, MONITORS, VERIFIERS,
      TITLE_OFFICE);

  /** Everyone who works for the bureau, administrators included. */
  public static final List<String> STAFF = List.of(SECRETARIAT, EXPERTS, COMMITTEE, MONITORS, VERIFIERS,
      TITLE_OFFICE, ADMIN);

  /** Every group Qualcat knows, in the order they are created. */
  public static final List<String> ALL = List.of(SECRETARIAT, EXPERTS, COMMITTEE, MONITORS, VERIFIERS, TITLE_OFFICE,
      APPLICANTS, EMPLOYERS, AUTHORITIES, METRICS_READERS, ADMIN);

  private static final String PREFIX = "ROLE_";

  private Roles() {
  }

  /** The Spring Security authority of a group. */
  public static String authority(String group) {
    return PREFIX + group;
  }

  /** The group of a Spring Security authority, or null if it is not a role. */
  public static String group(String authority) {
    return authority.startsWith(PREFIX) ? authority.substring(PREFIX.length()) : null;
  }

  /** Whether the signed-in caller works for the bureau (any staff group); false for anonymous callers. */
  public static boolean isStaff(Authentication caller) {
    return caller != null && caller.getAuthorities().stream().anyMatch(a -> STAFF.contains(group(a.getAuthority())));
  }

  /** The Qualcat groups of a signed-in caller (none for an anonymous one). */
  public static Set<String> groupsOf(Authentication caller) {
    if (caller == null || !caller.isAuthenticated()) {
      return Set.of();
    }
    return caller.getAuthorities().stream().map(a -> group(a.getAuthority())).filter(g -> g != null)
        .collect(Collectors.toUnmodifiableSet());
  }

  /** Whether the signed-in caller is in {@code group}. */
  public static boolean has(Authentication caller, String group) {
    return caller != null && caller.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(authority(group)));
  }

  /** Human-readable name of a group, as Camunda Admin shows it. */
  public static String displayName(String group) {
    return switch (group) {
      case SECRETARIAT -> "Catalog secretariat";
      case EXPERTS -> "Expert reviewers";
      case COMMITTEE -> "Catalog committee";
      case MONITORS -> "Monitoring officers";
      case VERIFIERS -> "Verification officers";
      case TITLE_OFFICE -> "Title evaluation office";
      case APPLICANTS -> "Applicants (certificate holders)";
      case EMPLOYERS -> "Employers' HR staff";
      case AUTHORITIES -> "Nominating authorities";
      case METRICS_READERS -> "Metrics readers (monitoring systems)";
      case ADMIN -> "System administrators";
      default -> group;
    };
  }
}
