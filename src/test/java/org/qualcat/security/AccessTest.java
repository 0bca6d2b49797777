package org.qualcat.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every action in {@link Access} names the same groups in its expression and in its request rule. */
class AccessTest {

  private static final Pattern ROLE = Pattern.compile("'([^']+)'");

  @Test
  void expressionsAndRequestRulesAgree() throws IllegalAccessException {
    int actions = 0;
    for (Field field : Access.class.getDeclaredFields()) {
      if (field.getType() == String.class && Modifier.isPublic(field.getModifiers())) {
        Field groups = declared(field.getName() + "_GROUPS");
        Set<String> inExpression = roles((String) field.get(null));
        Set<String> inRule = Arrays.stream((String[]) groups.get(null)).collect(Collectors.toSet());
        assertThat(inRule).as(field.getName()).isEqualTo(inExpression);
        actions++;
      }
    }
    long rules = Arrays.stream(Access.class.getDeclaredFields()).filter(f -> f.getName().endsWith("_GROUPS")).count();
    assertThat(actions).as("no request rule without its expression").isEqualTo(rules).isPositive();
  }

  private static Field declared(String name) {
    try {
      Field field = Access.class.getDeclaredField(name);
      field.setAccessible(true);
      return field;
    } catch (NoSuchFieldException e) {
      throw new AssertionError("no request rule " + name, e);
    }
  }

  private static Set<String> roles(String expression) {
    Matcher role = ROLE.matcher(expression);
    Set<String> found = new java.util.HashSet<>();
    while (role.find()) {
      found.add(role.group(1));
    }
    return found;
  }
}
