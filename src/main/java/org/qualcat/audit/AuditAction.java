package org.qualcat.audit;

/**
 * What the audit trail records, each in one {@link Category}. Each module owns its actions: an enum implementing this
 * interface in its own package ({@code NominationAuditActions}, {@code VerificationAuditActions}, the trail's own
 * {@link AuditTrailActions}), contributed to the trail as an {@link AuditActionSet} bean and known to it through
 * {@link AuditActions}. The subject of each action is named beside its constant.
 */
public interface AuditAction {

  /**
   * The action's code: what the trail stores (column {@code action}, at most {@value AuditActions#CODE_LENGTH}
   * characters), the API shows and filters by ({@code ?action=}), and the key of its label
   * ({@code audit.action.<code>}). Unique across all modules; an enum's constant name, which it never outgrows:
   * stored lines keep their code.
   */
  String name();

  /**
   * The action's category: a decision unless the action says otherwise. The trail refuses a decision outside its
   * transaction and records views and exports only as such, so an action in the wrong category fails at once.
   */
  default Category category() {
    return Category.DECISION;
  }

  /** The kinds of things recorded; the audit search filters by them too. */
  enum Category {
    /** A decision or a step that changes a matter's course; written in the decision's own transaction. */
    DECISION,
    /** Staff reading personal data. */
    VIEW,
    /** Data leaving the system: downloads, prints, audit searches. */
    EXPORT,
    /** Sign-ins, failed authentications and sign-outs. */
    SIGN_IN
  }
}
