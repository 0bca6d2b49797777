package org.qualcat.bureau;

import java.util.List;
import java.util.Locale;
import org.qualcat.employer.EmployerRegion;
import org.qualcat.system.Published;

/**
 * One bureau of the Beijing–Tianjin–Hebei inquiry and verification platform (notice IV): it handles the verification
 * cases of employers in its {@code region}, as the engine's tenant {@code tenantId}. Its staff are the members of
 * {@code staffGroup} (the group is the tenant's member, so its verifiers see the tenant's tasks); its mails leave from
 * {@code mailFrom}. Read from configuration ({@code qualcat.bureaus}) by {@link Bureaus}.
 *
 * @param demoStaff users put into the staff group when demo data is on (one verifier per bureau)
 */
@Published
public record Bureau(String tenantId, EmployerRegion region, String nameEn, String nameZh, String staffGroup,
    String mailFrom, List<String> demoStaff) {

  public Bureau {
    demoStaff = demoStaff == null ? List.of() : List.copyOf(demoStaff);
  }

  /** The name in both languages, as the webapps show names to staff: "北京市… / Beijing …". */
  public String displayName() {
    return nameZh + " / " + nameEn;
  }

  /** The bureau's name in the reader's language (Chinese for Chinese, English otherwise). */
  public String name(Locale locale) {
    return Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? nameZh : nameEn;
  }
}
