package org.qualcat.support;

import org.springframework.test.context.ActiveProfilesResolver;

/**
 * The integration suite runs with the profiles in {@code qualcat.test.profiles}: "test" (embedded H2) by default,
 * "mariadb,test" with {@code mvn verify -Pmariadb}.
 */
public class TestProfiles implements ActiveProfilesResolver {

  @Override
  public String[] resolve(Class<?> testClass) {
    return System.getProperty("qualcat.test.profiles", "test").split(",");
  }

  public static boolean onMysql() {
    return System.getProperty("qualcat.test.profiles", "test").contains("m");
  }
}
