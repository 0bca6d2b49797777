package org.qualcat.bureau;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.qualcat.employer.EmployerRegion;
import org.qualcat.system.Published;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The platform's bureaus, one per employer region (notice IV), from {@code qualcat.bureaus} (docs/adr/0030). A case is
 * the bureau's of its employer's region; a verifier handles the cases of the bureaus whose staff group they are in.
 * The configuration is checked when Qualcat starts: every region has exactly one bureau, ids are what the engine
 * accepts, senders are mail addresses.
 */
@Component
@Published
public class Bureaus {

  /** What the engine accepts as a tenant or group id (its default resource id pattern, without the dash). */
  private static final Pattern ENGINE_ID = Pattern.compile("[a-zA-Z0-9]+");

  /** One bureau as configured; the map key under {@code qualcat.bureaus} is its tenant id. */
  public record Settings(EmployerRegion region, String nameEn, String nameZh, String staffGroup, String mailFrom,
      List<String> demoStaff) {
  }

  private final Map<EmployerRegion, Bureau> byRegion;
  private final Map<String, Bureau> byTenant;

  @Autowired
  Bureaus(Environment environment) {
    this(Binder.get(environment).bind("qualcat.bureaus", Bindable.mapOf(String.class, Settings.class))
        .orElse(Map.of()));
  }

  /** The bureaus of {@code settings} (tenant id to settings), checked. */
  public Bureaus(Map<String, Settings> settings) {
    Map<EmployerRegion, Bureau> regions = new EnumMap<>(EmployerRegion.class);
    Map<String, Bureau> tenants = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    settings.forEach((tenantId, s) -> {
      Bureau bureau = new Bureau(tenantId, s.region(), s.nameEn(), s.nameZh(), s.staffGroup(), s.mailFrom(),
          s.demoStaff());
      problems.addAll(problems(bureau));
      if (s.region() != null && regions.putIfAbsent(s.region(), bureau) != null) {
        problems.add("qualcat.bureaus." + tenantId + ".region: " + s.region() + " has a bureau already");
      }
      tenants.put(tenantId, bureau);
    });
    EnumSet<EmployerRegion> without = EnumSet.allOf(EmployerRegion.class);
    without.removeAll(regions.keySet());
    if (!without.isEmpty()) {
      problems.add("qualcat.bureaus: no bureau handles the cases of employers in " + without);
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException("The bureaus' configuration is not usable: " + String.join("; ", problems));
    }
    this.byRegion = regions;
    this.byTenant = tenants;
  }

  private static List<String> problems(Bureau b) {
    String at = "qualcat.bureaus." + b.tenantId();
    List<String> problems = new ArrayList<>();
    if (!ENGINE_ID.matcher(b.tenantId()).matches()) {
      problems.add(at + ": the tenant id may hold letters and digits only");
    }
    if (b.region() == null) {
      problems.add(at + ".region: missing (" + EmployerRegion.MEANINGS + ")");
    }
    if (blank(b.nameEn()) || blank(b.nameZh())) {
      problems.add(at + ": name-en and name-zh are both needed");
    }
    if (b.staffGroup() == null || !ENGINE_ID.matcher(b.staffGroup()).matches()) {
      problems.add(at + ".staff-group: a group id of letters and digits is needed");
    }
    try {
      new InternetAddress(b.mailFrom() == null ? "" : b.mailFrom(), true);
    } catch (AddressException e) {
      problems.add(at + ".mail-from: not a mail address");
    }
    return problems;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  /** The bureau that handles the cases of employers in {@code region}. */
  public Bureau of(EmployerRegion region) {
    return byRegion.get(region);
  }

  /** The bureau that is the engine's tenant {@code tenantId}. */
  public Optional<Bureau> byTenant(String tenantId) {
    return Optional.ofNullable(tenantId == null ? null : byTenant.get(tenantId));
  }

  /** Every bureau, in the configuration's order. */
  public List<Bureau> all() {
    return List.copyOf(byTenant.values());
  }

  /** The regions whose cases a member of {@code groups} handles: those of the bureaus whose staff group is among them. */
  public Set<EmployerRegion> regionsOf(Collection<String> groups) {
    Set<EmployerRegion> regions = EnumSet.noneOf(EmployerRegion.class);
    byRegion.forEach((region, bureau) -> {
      if (groups.contains(bureau.staffGroup())) {
        regions.add(region);
      }
    });
    return regions;
  }
}
