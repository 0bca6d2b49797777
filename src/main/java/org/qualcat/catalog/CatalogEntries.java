package org.qualcat.catalog;

import org.qualcat.system.Published;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The working catalog as other features read it: each qualification's status and details as they stand now
 * (nominations, rectifications and draft changes included), as values. What the public may rely on is the edition in
 * force: {@link CatalogInForce}. Changes go through {@link Catalog}.
 */
@Published
@Component
@Transactional(readOnly = true)
public class CatalogEntries {

  /** One qualification of the working catalog. */
  public record Entry(String code, QualificationStatus status, QualificationDetails details) {

    /** Whether holders can currently rely on the catalog for it (listed, or listed under rectification). */
    public boolean inCatalog() {
      return status.isInCatalog();
    }
  }

  private final QualificationRepository qualifications;

  CatalogEntries(QualificationRepository qualifications) {
    this.qualifications = qualifications;
  }

  public Optional<Entry> find(String code) {
    return code == null ? Optional.empty() : qualifications.findById(code).map(CatalogEntries::entry);
  }

  /** The qualification, when it is in the catalog now (listed or under rectification). */
  public Optional<Entry> inCatalog(String code) {
    return find(code).filter(Entry::inCatalog);
  }

  public boolean exists(String code) {
    return code != null && qualifications.existsById(code);
  }

  /** How many qualifications the working catalog holds, in any status. */
  public long count() {
    return qualifications.count();
  }

  /** The listed qualifications (not those under rectification), by code. */
  public List<Entry> listed() {
    return qualifications.findByStatusInOrderByCode(List.of(QualificationStatus.LISTED)).stream()
        .map(CatalogEntries::entry).toList();
  }

  private static Entry entry(Qualification q) {
    return new Entry(q.getCode(), q.getStatus(), q.getDetails());
  }
}
