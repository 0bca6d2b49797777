package org.qualcat.system;

/**
 * The readable name of a role (a Spring Security authority without its {@code ROLE_} prefix), for documents that
 * describe who may call what. Security, which owns the roles, provides it; the web plumbing only asks.
 */
@FunctionalInterface
public interface RoleNames {

  String displayName(String role);
}
