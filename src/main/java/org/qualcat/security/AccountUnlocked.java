package org.qualcat.security;

/**
 * A user's sign-in lockout lifted by {@link LockoutExpiry}; published in the transaction that unlocked the user, for
 * the audit trail to record (security knows nothing of the audit).
 */
public record AccountUnlocked(String user, String details) {
}
