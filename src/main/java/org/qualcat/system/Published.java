package org.qualcat.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Part of its feature's published interface: other features may use this type (and the types nested in it). Every
 * other type of a feature is its own business, even when Java needs it public (for the engine's expression language,
 * Spring or Thymeleaf). {@code ModuleBoundariesTest} holds features to it; {@code docs/architecture.md} explains.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Published {
}
