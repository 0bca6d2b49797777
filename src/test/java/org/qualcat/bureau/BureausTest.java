package org.qualcat.bureau;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.qualcat.employer.EmployerRegion;

/** The bureaus' configuration: one bureau per region, ids the engine takes, senders that are addresses. */
class BureausTest {

  private static Bureaus.Settings settings(EmployerRegion region, String group, String sender) {
    return new Bureaus.Settings(region, "Bureau of " + region, "机构", group, sender, List.of());
  }

  private static Map<String, Bureaus.Settings> three() {
    Map<String, Bureaus.Settings> all = new LinkedHashMap<>();
    all.put("beijing", settings(EmployerRegion.BEIJING, "beijingbureau", "Beijing <bj@example.org>"));
    all.put("tianjin", settings(EmployerRegion.TIANJIN, "tianjinbureau", "tj@example.org"));
    all.put("hebei", settings(EmployerRegion.HEBEI, "hebeibureau", "Hebei <hb@example.org>"));
    return all;
  }

  @Test
  void eachRegionHasItsBureauAndAVerifierHandlesTheRegionsOfTheStaffGroupsTheyAreIn() {
    Bureaus bureaus = new Bureaus(three());
    assertThat(bureaus.of(EmployerRegion.TIANJIN).tenantId()).isEqualTo("tianjin");
    assertThat(bureaus.byTenant("hebei")).map(Bureau::region).contains(EmployerRegion.HEBEI);
    assertThat(bureaus.byTenant("shanghai")).isEmpty();
    assertThat(bureaus.regionsOf(Set.of("verifiers", "tianjinbureau"))).containsExactly(EmployerRegion.TIANJIN);
    assertThat(bureaus.regionsOf(Set.of("beijingbureau", "hebeibureau")))
        .containsExactlyInAnyOrder(EmployerRegion.BEIJING, EmployerRegion.HEBEI);
    assertThat(bureaus.regionsOf(Set.of("verifiers"))).as("a verifier in no bureau handles nothing").isEmpty();
    assertThat(bureaus.of(EmployerRegion.BEIJING).name(java.util.Locale.CHINESE)).isEqualTo("机构");
  }

  @Test
  void aConfigurationThatLeavesARegionWithoutItsBureauOrNamesTwoIsRefusedAtStart() {
    Map<String, Bureaus.Settings> missing = three();
    missing.remove("hebei");
    assertThatThrownBy(() -> new Bureaus(missing)).hasMessageContaining("no bureau handles").hasMessageContaining(
        "HEBEI");

    Map<String, Bureaus.Settings> twice = three();
    twice.put("hebei2", settings(EmployerRegion.HEBEI, "hebei2", "x@example.org"));
    assertThatThrownBy(() -> new Bureaus(twice)).hasMessageContaining("qualcat.bureaus.hebei2.region");
  }

  @Test
  void idsTheEngineRefusesAndSendersThatAreNoAddressesAreNamedWithTheirSetting() {
    Map<String, Bureaus.Settings> bad = three();
    bad.put("tianjin", settings(EmployerRegion.TIANJIN, "tianjin-bureau", "not an address"));
    bad.put("he-bei", bad.remove("hebei"));
    assertThatThrownBy(() -> new Bureaus(bad))
        .hasMessageContaining("qualcat.bureaus.tianjin.staff-group")
        .hasMessageContaining("qualcat.bureaus.tianjin.mail-from")
        .hasMessageContaining("qualcat.bureaus.he-bei: the tenant id");
  }
}
