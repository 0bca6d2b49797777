package org.qualcat.audit;

import org.springframework.stereotype.Component;

/** The audit trail's own actions: what people do to the engine, to the trail itself, and signing in and out. */
enum AuditTrailActions implements AuditAction {

  // the engine itself (subject: the process instance, task or job, else the kind of thing, e.g. "Authorization")
  /** An operator's or administrator's change to the engine (Cockpit, Camunda Admin, engine REST). */
  ENGINE_OPERATION,

  /** An administrator searched the audit trail (subject: "audit"; details: the filters used). */
  AUDIT_SEARCHED,

  /** An interactive sign-in on the login page (subject: the user). */
  LOGIN_SUCCEEDED,
  /** A failed authentication, form or HTTP Basic (subject: the user name given). */
  LOGIN_FAILED,
  LOGOUT,
  /** A user locked after too many failed sign-ins, unlocked once the lockout has lasted (subject: the user). */
  ACCOUNT_UNLOCKED;

  @Override
  public Category category() {
    return switch (this) {
      case ENGINE_OPERATION -> Category.DECISION;
      case AUDIT_SEARCHED -> Category.EXPORT;
      case LOGIN_SUCCEEDED, LOGIN_FAILED, LOGOUT, ACCOUNT_UNLOCKED -> Category.SIGN_IN;
    };
  }

  /** Contributes these actions to the trail; no {@code @Order}: after the features' actions. */
  @Component
  static class Registered extends AuditActionSet {
    Registered() {
      super(values());
    }
  }
}
