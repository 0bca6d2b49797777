package org.qualcat.audit;

import java.util.List;

/**
 * One module's audit actions, contributed to the trail ({@link AuditActions}) by declaring a bean of this type: the
 * module's enum carries it as a nested component,
 *
 * <pre>{@code
 * public enum NominationAuditActions implements AuditAction {
 *   NOMINATION_SUBMITTED(Category.DECISION), ...;
 *
 *   @Component
 *   @Order(20) // where these actions stand among the audit page's choices
 *   static class Registered extends AuditActionSet {
 *     Registered() {
 *       super(values());
 *     }
 *   }
 * }
 * }</pre>
 *
 * The trail refuses to record an action that no set contributed.
 */
public class AuditActionSet {

  private final List<AuditAction> actions;

  public AuditActionSet(AuditAction... actions) {
    this.actions = List.of(actions);
  }

  public List<AuditAction> actions() {
    return actions;
  }
}
