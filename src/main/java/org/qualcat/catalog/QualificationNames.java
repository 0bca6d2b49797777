package org.qualcat.catalog;

import org.qualcat.system.Published;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Qualifications as staff pages name them: in both languages, chosen by name from the edition in force, and named
 * wherever a code stands (a removed qualification keeps its name).
 */
@Published
@Service
@Transactional(readOnly = true)
public class QualificationNames {

  private final CatalogInForce catalog;
  private final QualificationRepository qualifications;

  QualificationNames(CatalogInForce catalog, QualificationRepository qualifications) {
    this.catalog = catalog;
    this.qualifications = qualifications;
  }

  /** A qualification's code with its names; {@link #name} says it in the reader's language. */
  public record Named(String code, String nameEn, String nameZh) {

    public String name(Locale locale) {
      return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }
  }

  /** Every qualification of the edition in force, by name in the reader's language. */
  public List<Named> inForce(Locale locale) {
    return catalog.all().stream().map(l -> new Named(l.code(), l.details().nameEn(), l.details().nameZh()))
        .sorted(Comparator.comparing((Named n) -> n.name(locale)).thenComparing(Named::code)).toList();
  }

  /** The names of these codes (a code Qualcat never heard of is named by itself). */
  public Map<String, Named> of(Collection<String> codes) {
    Map<String, Named> named = qualifications.findAllById(codes).stream()
        .map(q -> new Named(q.getCode(), q.getDetails().nameEn(), q.getDetails().nameZh()))
        .collect(Collectors.toMap(Named::code, Function.identity()));
    codes.forEach(code -> named.putIfAbsent(code, new Named(code, code, code)));
    return named;
  }

  public Named of(String code) {
    return of(List.of(code)).get(code);
  }
}
