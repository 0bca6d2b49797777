package org.qualcat.catalog;

import org.qualcat.system.Published;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.qualcat.audit.AuditTrail;
import org.qualcat.process.BureauTime;
import org.qualcat.system.ConflictException;
import org.qualcat.system.InvalidInputException;
import org.qualcat.system.InvalidInputException.FieldError;
import org.qualcat.system.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalog's write side: every change to a qualification lands in the draft edition with the decision behind
 * it, and publishing freezes the draft. Processes and imports change the catalog only through here.
 */
@Published
@Service
@Transactional
public class Catalog {

  private static final Pattern EDITION_CODE = Pattern.compile("[0-9A-Za-z][0-9A-Za-z._-]{0,31}");
  /** No edition is dated before this: an earlier date is a typing error. */
  static final LocalDate EARLIEST_PUBLICATION = LocalDate.of(2000, 1, 1);

  private final QualificationRepository qualifications;
  private final CatalogEditionRepository editions;
  private final EditionChangeRepository changes;
  private final JdbcTemplate jdbc;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final CatalogInForce law;
  private final Clock clock;

  Catalog(QualificationRepository qualifications, CatalogEditionRepository editions,
      EditionChangeRepository changes, JdbcTemplate jdbc, AuditTrail audit, ApplicationEventPublisher events,
      CatalogInForce law, Clock clock) {
    this.qualifications = qualifications;
    this.editions = editions;
    this.changes = changes;
    this.jdbc = jdbc;
    this.audit = audit;
    this.events = events;
    this.law = law;
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
   * What the secretariat publishes: the edition's code ("2026") and name ("2026 Edition"), its date of issuance (the
   * day it comes into force), optionally a later public release date, what its notice repeals, and its name in
   * Chinese ("2026年版"; Chinese pages show the English name without it).
   */
  public record Publication(String code, String name, LocalDate publishedOn, LocalDate releasedOn, String repeals,
      String nameZh) {

    public Publication(String code, String name, LocalDate publishedOn, LocalDate releasedOn, String repeals) {
      this(code, name, publishedOn, releasedOn, repeals, null);
    }
  }

  /**
   * Publishes the draft edition: snapshots every qualification in the catalog, freezes the change log, opens a new,
   * empty draft, and tells the features that wait for publication ({@link EditionPublished}, in this transaction).
   * The new edition is the edition in force from its date of issuance, which is therefore neither in the future nor
   * before the date of the edition in force now.
   */
  public CatalogEdition publishDraft(Publication publication, String publishedBy) {
    Publication checked = check(publication);
    String code = checked.code();
    String name = checked.name();
    String nameZh = checked.nameZh();
    LocalDate publishedOn = checked.publishedOn();
    LocalDate releasedOn = checked.releasedOn();
    String repeals = checked.repeals();
    CatalogEdition draft = draft();
    List<EditionChange> log = changes.findByEditionOrderById(draft);
    if (log.isEmpty()) {
      throw new ConflictException("the draft edition has no changes to publish",
          "catalogAdmin.publish.nothingToPublish");
    }
    draft.publish(code, name, nameZh, publishedOn, releasedOn, repeals, publishedBy);
    editions.flush();
    // one statement, so that a catalog of thousands is snapshot at once
    int entries = jdbc.update("""
        insert into edition_entry (edition_id, code, name_en, name_zh, issuing_body, country_region, sector, lists,
          title_level, title_series, skill_level, practice_field, verification_channel, notes, provenance, source, status,
          sector_zh, notes_zh, title_channels)
        select ?, code, name_en, name_zh, issuing_body, country_region, sector, lists,
          title_level, title_series, skill_level, practice_field, verification_channel, notes, provenance, source, status,
          sector_zh, notes_zh, title_channels
        from qualification where status in (?, ?)""",
        draft.getId(), QualificationStatus.LISTED.name(), QualificationStatus.UNDER_RECTIFICATION.name());
    editions.save(CatalogEdition.draft(clock.instant()));
    audit.decision(CatalogAuditActions.EDITION_PUBLISHED, code, "\"" + name + "\", in force from " + publishedOn
        + (releasedOn == null ? "" : ", released on " + releasedOn) + (repeals == null ? "" : ", repeals " + repeals)
        + ", " + entries + " qualifications");
    events.publishEvent(new EditionPublished(code, name, publishedOn, log.stream()
        .filter(c -> c.getChangeType() == ChangeType.REMOVED).map(EditionChange::getQualificationCode)
        .distinct().toList()));
    return draft;
  }

  /**
   * The rules of a publication, without publishing: the publication as it would be published (name and repeals
   * stripped, an empty repeals none), or refused naming the field. Pages check a publication before asking to
   * confirm it.
   */
  @Transactional(readOnly = true)
  public Publication check(Publication publication) {
    String code = publication.code();
    String name = publication.name() == null ? null : publication.name().strip();
    if (code == null || !EDITION_CODE.matcher(code).matches() || CatalogEdition.DRAFT_CODE.equalsIgnoreCase(code)) {
      throw new InvalidInputException(List.of(FieldError.coded("code", "catalogAdmin.publish.invalid.code",
          "must be 1 to 32 letters, digits, dots, dashes or underscores (e.g. 2026), and not \"draft\"")));
    }
    if (name == null || name.isEmpty() || name.length() > 120) {
      throw new InvalidInputException(List.of(FieldError.coded("name", "catalogAdmin.publish.invalid.name",
          "must be given, at most 120 characters (e.g. \"2026 Edition\")")));
    }
    String nameZh = publication.nameZh() == null || publication.nameZh().isBlank() ? null
        : publication.nameZh().strip();
    if (nameZh != null && nameZh.length() > 120) {
      throw new InvalidInputException(List.of(FieldError.coded("nameZh", "catalogAdmin.publish.invalid.nameZh",
          "must be at most 120 characters (e.g. \"2026\u5e74\u7248\")")));
    }
    LocalDate publishedOn = Objects.requireNonNull(publication.publishedOn(), "publishedOn");
    LocalDate today = BureauTime.today(clock);
    LocalDate earliest = law.inForce().map(CatalogEdition::getPublishedOn).orElse(EARLIEST_PUBLICATION);
    if (publishedOn.isBefore(earliest) || publishedOn.isAfter(today)) {
      throw new InvalidInputException(List.of(FieldError.coded("publishedOn",
          "catalogAdmin.publish.invalid.publishedOn", "must be the date of issuance, from " + earliest
              + " (the edition in force) to today (" + today + "): an edition is in force from the day it is issued", earliest, today)));
    }
    LocalDate releasedOn = publication.releasedOn();
    if (releasedOn != null && (releasedOn.isBefore(publishedOn) || releasedOn.isAfter(today))) {
      throw new InvalidInputException(List.of(FieldError.coded("releasedOn",
          "catalogAdmin.publish.invalid.releasedOn", "must be from the date of issuance (" + publishedOn
              + ") to today (" + today + ")", publishedOn, today)));
    }
    String repeals = publication.repeals() == null || publication.repeals().isBlank() ? null
        : publication.repeals().strip();
    if (repeals != null && repeals.length() > 300) {
      throw new InvalidInputException(List.of(FieldError.coded("repeals", "catalogAdmin.publish.invalid.repeals",
          "must be at most 300 characters")));
    }
    if (editions.existsByCode(code)) {
      throw new ConflictException("an edition with code " + code + " is already published",
          "catalogAdmin.publish.codeTaken", code);
    }
    return new Publication(code, name, publishedOn, releasedOn, repeals, nameZh);
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
