package org.qualcat.catalog;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;
import org.qualcat.audit.AuditAction;
import org.qualcat.audit.AuditTrail;
import org.qualcat.process.BureauTime;
import org.qualcat.system.ConflictException;
import org.qualcat.system.InvalidInputException;
import org.qualcat.system.NotFoundException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalog's write side: every change to a qualification lands in the draft edition with the decision behind
 * it, and publishing freezes the draft. Processes and imports change the catalog only through here.
 */
@Service
@Transactional
public class Catalog {

  private static final Pattern EDITION_CODE = Pattern.compile("[0-9A-Za-z][0-9A-Za-z._-]{0,31}");
  /** Editions are dated from here to a year ahead: a date outside is a typing error (or worse), not a plan. */
  static final LocalDate EARLIEST_PUBLICATION = LocalDate.of(2000, 1, 1);

  private final QualificationRepository qualifications;
  private final CatalogEditionRepository editions;
  private final EditionChangeRepository changes;
  private final JdbcTemplate jdbc;
  private final AuditTrail audit;
  private final Clock clock;

  Catalog(QualificationRepository qualifications, CatalogEditionRepository editions,
      EditionChangeRepository changes, JdbcTemplate jdbc, AuditTrail audit, Clock clock) {
    this.qualifications = qualifications;
    this.editions = editions;
    this.changes = changes;
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = clock;
  }

  /** Lists a qualification in the draft edition: a new one, a nominated one, or one removed before. */
  public Qualification list(String code, QualificationDetails details, Decision decision) {
    Qualification qualification = qualifications.findById(code).orElse(null);
    if (qualification == null) {
      qualification = qualifications.save(
          new Qualification(code, details, QualificationStatus.LISTED, clock.instant()));
    } else if (qualification.getStatus().isInCatalog()) {
      throw new ConflictException("qualification " + code + " is already in the catalog");
    } else {
      qualification.revise(details, clock.instant());
      qualification.changeStatus(QualificationStatus.LISTED, clock.instant());
    }
    record(code, ChangeType.ADDED, decision);
    return qualification;
  }

  /**
   * Marks a code as nominated, so that no one nominates it twice: a new qualification is recorded as NOMINATED, a
   * removed one becomes NOMINATED again. Returns the status it had before (null when new), for
   * {@link #releaseNomination}. Refused when the qualification is in the catalog or already nominated.
   */
  public QualificationStatus nominate(String code, QualificationDetails details) {
    Qualification existing = qualifications.findById(code).orElse(null);
    if (existing == null) {
      qualifications.saveAndFlush(new Qualification(code, details, QualificationStatus.NOMINATED, clock.instant()));
      return null;
    }
    if (existing.getStatus().isInCatalog()) {
      throw new ConflictException("qualification " + code + " is already listed in the catalog");
    }
    if (existing.getStatus() == QualificationStatus.NOMINATED) {
      throw new ConflictException("qualification " + code + " is already nominated");
    }
    QualificationStatus before = existing.getStatus();
    existing.changeStatus(QualificationStatus.NOMINATED, clock.instant());
    return before;
  }

  /** A nomination ended without listing: the code is free again, as it was before ({@code before}). */
  public void releaseNomination(String code, QualificationStatus before) {
    qualifications.findById(code).filter(q -> q.getStatus() == QualificationStatus.NOMINATED).ifPresent(q -> {
      if (before == null) {
        qualifications.delete(q);
      } else {
        q.changeStatus(before, clock.instant());
      }
    });
  }

  /** Changes what the draft edition says about a listed qualification; nothing is logged if nothing changed. */
  public boolean revise(String code, QualificationDetails details, Decision decision) {
    Qualification qualification = inCatalog(code);
    if (qualification.getDetails().equals(details)) {
      return false;
    }
    qualification.revise(details, clock.instant());
    record(code, ChangeType.ADJUSTED, decision);
    return true;
  }

  /** Takes a qualification out of the catalog from the draft edition on. */
  public void remove(String code, Decision decision) {
    Qualification qualification = inCatalog(code);
    qualification.changeStatus(QualificationStatus.REMOVED, clock.instant());
    record(code, ChangeType.REMOVED, decision);
  }

  /** A rectification notice is running against the issuer; the qualification stays in the catalog meanwhile. */
  public void startRectification(String code) {
    Qualification qualification = inCatalog(code);
    qualification.changeStatus(QualificationStatus.UNDER_RECTIFICATION, clock.instant());
  }

  /** Back to plainly LISTED: rectified in time, or kept by the committee. Not an edition change. */
  public void restoreListing(String code) {
    Qualification qualification = inCatalog(code);
    qualification.changeStatus(QualificationStatus.LISTED, clock.instant());
  }

  /**
   * Publishes the draft edition under {@code code} and {@code name}: snapshots every qualification in the catalog,
   * freezes the change log, and opens a new, empty draft.
   */
  public CatalogEdition publishDraft(String code, String name, LocalDate publishedOn, String publishedBy) {
    if (code == null || !EDITION_CODE.matcher(code).matches() || CatalogEdition.DRAFT_CODE.equalsIgnoreCase(code)) {
      throw new InvalidInputException("code",
          "must be 1 to 32 letters, digits, dots, dashes or underscores (e.g. 2026), and not \"draft\"");
    }
    if (name == null || name.isBlank() || name.length() > 120) {
      throw new InvalidInputException("name", "must be given, at most 120 characters (e.g. \"2026 Edition\")");
    }
    Objects.requireNonNull(publishedOn, "publishedOn");
    LocalDate today = BureauTime.today(clock);
    if (publishedOn.isBefore(EARLIEST_PUBLICATION) || publishedOn.isAfter(today.plusYears(1))) {
      throw new InvalidInputException("publishedOn",
          "must be a date from " + EARLIEST_PUBLICATION + " to a year from today (" + today.plusYears(1) + ")");
    }
    if (editions.existsByCode(code)) {
      throw new ConflictException("an edition with code " + code + " is already published");
    }
    CatalogEdition draft = draft();
    if (changes.countByEdition(draft) == 0) {
      throw new ConflictException("the draft edition has no changes to publish");
    }
    draft.publish(code, name.strip(), publishedOn, publishedBy);
    editions.flush();
    // one statement, so that a catalog of thousands is snapshot at once
    int entries = jdbc.update("""
        insert into edition_entry (edition_id, code, name_en, name_zh, issuing_body, country_region, sector, lists,
          title_level, title_series, skill_level, practice_field, verification_channel, notes, provenance, source, status)
        select ?, code, name_en, name_zh, issuing_body, country_region, sector, lists,
          title_level, title_series, skill_level, practice_field, verification_channel, notes, provenance, source, status
        from qualification where status in (?, ?)""",
        draft.getId(), QualificationStatus.LISTED.name(), QualificationStatus.UNDER_RECTIFICATION.name());
    editions.save(CatalogEdition.draft(clock.instant()));
    audit.decision(AuditAction.EDITION_PUBLISHED, code, "\"" + name.strip() + "\", published on " + publishedOn
        + ", " + entries + " qualifications");
    return draft;
  }

  /** The draft edition, opened on first use. */
  public CatalogEdition draft() {
    return editions.findFirstByStatus(EditionStatus.DRAFT)
        .orElseGet(() -> editions.save(CatalogEdition.draft(clock.instant())));
  }

  private Qualification inCatalog(String code) {
    Qualification qualification = qualifications.findById(code)
        .orElseThrow(() -> new NotFoundException("no qualification with code " + code));
    if (!qualification.getStatus().isInCatalog()) {
      throw new ConflictException("qualification " + code + " is not in the catalog (" + qualification.getStatus() + ")");
    }
    return qualification;
  }

  private void record(String code, ChangeType type, Decision decision) {
    changes.save(new EditionChange(draft(), code, type, decision));
  }
}
