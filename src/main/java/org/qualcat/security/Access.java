package org.qualcat.security;

import static org.qualcat.security.Roles.ADMIN;
import static org.qualcat.security.Roles.APPLICANTS;
import static org.qualcat.security.Roles.AUTHORITIES;
import static org.qualcat.security.Roles.COMMITTEE;
import static org.qualcat.security.Roles.EMPLOYERS;
import static org.qualcat.security.Roles.MONITORS;
import static org.qualcat.security.Roles.SECRETARIAT;
import static org.qualcat.security.Roles.TITLE_OFFICE;
import static org.qualcat.security.Roles.VERIFIERS;

import java.util.Set;
import org.springframework.security.core.Authentication;

/**
 * Who may do what through Qualcat's API: one line per action, least privilege (docs/security.md has the same table,
 * {@code AccessMatrixIT} proves it). Engine authorizations ({@link EngineGrants}) and the rule that only a task's
 * assignee or candidates complete it ({@link TaskCompletionGuard}) enforce the same inside the engine.
 */
public final class Access {

  private static final String ANY_OF = "hasAnyRole('";
  private static final String OR = "', '";
  private static final String END = "')";

  // Each action twice, side by side: as a method-security expression (checked on the controller method) and as the
  // groups the request rules check before a body is even read (AccessTest keeps the two in step).

  /** Load a catalog file into the draft edition: an administrative data load. */
  public static final String IMPORT_CATALOG = ANY_OF + SECRETARIAT + OR + ADMIN + END;
  static final String[] IMPORT_CATALOG_GROUPS = {SECRETARIAT, ADMIN};
  /** Publish the draft edition. */
  public static final String PUBLISH_EDITION = ANY_OF + SECRETARIAT + END;
  static final String[] PUBLISH_EDITION_GROUPS = {SECRETARIAT};
  /** Nominate a qualification, supply what the secretariat asked for. */
  public static final String NOMINATE = ANY_OF + SECRETARIAT + OR + AUTHORITIES + END;
  static final String[] NOMINATE_GROUPS = {SECRETARIAT, AUTHORITIES};
  /** Read nominations: the selection's officers all, a nominating authority its own. */
  public static final String READ_NOMINATIONS = ANY_OF + SECRETARIAT + OR + COMMITTEE + OR + ADMIN + OR + AUTHORITIES
      + END;
  static final String[] READ_NOMINATIONS_GROUPS = {SECRETARIAT, COMMITTEE, ADMIN, AUTHORITIES};
  /** Request an adjustment of a listed qualification. */
  public static final String REQUEST_ADJUSTMENT = ANY_OF + SECRETARIAT + END;
  static final String[] REQUEST_ADJUSTMENT_GROUPS = {SECRETARIAT};
  /** Read adjustments and their decision records. */
  public static final String READ_ADJUSTMENTS = ANY_OF + SECRETARIAT + OR + COMMITTEE + OR + ADMIN + END;
  static final String[] READ_ADJUSTMENTS_GROUPS = {SECRETARIAT, COMMITTEE, ADMIN};
  /** Flag a qualification for removal, start a monitoring cycle, record indicators and rectification reports. */
  public static final String MONITOR = ANY_OF + MONITORS + END;
  static final String[] MONITOR_GROUPS = {MONITORS};
  /** Read exit cases. */
  public static final String READ_EXITS = ANY_OF + SECRETARIAT + OR + COMMITTEE + OR + MONITORS + OR + ADMIN + END;
  static final String[] READ_EXITS_GROUPS = {SECRETARIAT, COMMITTEE, MONITORS, ADMIN};
  /** Read monitoring cycles and qualifications' monitoring history. */
  public static final String READ_MONITORING = ANY_OF + MONITORS + OR + SECRETARIAT + OR + COMMITTEE + OR + ADMIN
      + END;
  static final String[] READ_MONITORING_GROUPS = {MONITORS, SECRETARIAT, COMMITTEE, ADMIN};
  /** Submit, withdraw and supplement one's own verification cases (an employer's HR staff: their organisation's). */
  public static final String SUBMIT_CASES = ANY_OF + APPLICANTS + OR + EMPLOYERS + END;
  static final String[] SUBMIT_CASES_GROUPS = {APPLICANTS, EMPLOYERS};
  /** Read verification cases: applicants their own, HR staff their organisation's, verification officers all. */
  public static final String READ_CASES = ANY_OF + APPLICANTS + OR + EMPLOYERS + OR + VERIFIERS + END;
  static final String[] READ_CASES_GROUPS = {APPLICANTS, EMPLOYERS, VERIFIERS};
  /** Submit many verification cases at once and follow such submissions: an employer's HR staff. */
  public static final String SUBMIT_BULK = ANY_OF + EMPLOYERS + END;
  static final String[] SUBMIT_BULK_GROUPS = {EMPLOYERS};
  /** Answer a request for a recommendation for talent introduction: the organisation's HR staff (notice I.(II)2). */
  public static final String RECOMMEND = ANY_OF + EMPLOYERS + END;
  static final String[] RECOMMEND_GROUPS = {EMPLOYERS};
  /** Apply for a professional title on a verified result, withdraw the application: the holder, or the HR staff. */
  public static final String APPLY_FOR_TITLES = ANY_OF + APPLICANTS + OR + EMPLOYERS + END;
  static final String[] APPLY_FOR_TITLES_GROUPS = {APPLICANTS, EMPLOYERS};
  /** Read title applications: holders their own, HR staff their organisation's, the title office all. */
  public static final String READ_TITLES = ANY_OF + APPLICANTS + OR + EMPLOYERS + OR + TITLE_OFFICE + END;
  static final String[] READ_TITLES_GROUPS = {APPLICANTS, EMPLOYERS, TITLE_OFFICE};
  /** Register employers and name their HR staff: account administration. */
  public static final String MANAGE_EMPLOYERS = ANY_OF + ADMIN + END;
  static final String[] MANAGE_EMPLOYERS_GROUPS = {ADMIN};
  /** Read one's own organisation (HR staff), or any (administrators). */
  public static final String READ_EMPLOYER = ANY_OF + EMPLOYERS + OR + ADMIN + END;
  static final String[] READ_EMPLOYER_GROUPS = {EMPLOYERS, ADMIN};

  /** Search the audit trail: administrators, who answer for the record, not those whose actions it records. */
  public static final String READ_AUDIT = ANY_OF + ADMIN + END;
  static final String[] READ_AUDIT_GROUPS = {ADMIN};

  /** The groups that read every nomination (others see their own, if any). */
  public static final Set<String> NOMINATION_OFFICERS = Set.of(SECRETARIAT, COMMITTEE, ADMIN);
  /** The groups that read monitoring records. */
  public static final Set<String> MONITORING_READERS = Set.of(READ_MONITORING_GROUPS);
  /** The bureau's figures (/figures): the staff who run its work, administrators; not experts, not the public. */
  public static final Set<String> FIGURE_READERS = Set.of(SECRETARIAT, COMMITTEE, MONITORS, VERIFIERS, TITLE_OFFICE,
      ADMIN);
  /** The groups that read every title application (applicants and HR staff read their own). */
  public static final Set<String> TITLE_OFFICERS = Set.of(TITLE_OFFICE);
  /** The groups that read every verification case (applicants read their own). */
  public static final Set<String> CASE_OFFICERS = Set.of(VERIFIERS);

  private Access() {
  }

  /** Whether the caller is in any of {@code groups}. */
  public static boolean inAny(Authentication caller, Set<String> groups) {
    return groups.stream().anyMatch(g -> Roles.has(caller, g));
  }
}
