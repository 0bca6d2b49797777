package org.qualcat.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An edition of the catalog. The draft collects decisions as they are taken; publishing freezes it under a
 * code ("2025") and a name ("2025 Edition") together with a snapshot of every listed qualification.
 */
@Entity
@Table(name = "catalog_edition")
public class CatalogEdition {

  /** The path segment that addresses the draft edition. */
  public static final String DRAFT_CODE = "draft";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** Set when published, e.g. "2025"; unique. */
  @Column(length = 32, unique = true)
  private String code;

  /** Set when published, e.g. "2025 Edition". */
  @Column(length = 120)
  private String name;

  /** The name in Chinese, e.g. "2025年版", if given when published. */
  @Column(length = 120)
  private String nameZh;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private EditionStatus status;

  /** The date of issuance: the edition is in force from this day ("implemented upon the date of issuance"). */
  private LocalDate publishedOn;

  /** When the edition was released to the public, if later than its issuance (the 2025 Edition: 12 September). */
  private LocalDate releasedOn;

  /** What the edition's notice repeals, e.g. "Version 1.0 (JRSYF [2024] No. 10)". */
  @Column(length = 300)
  private String repeals;

  @Column(length = 64)
  private String publishedBy;

  @Column(nullable = false)
  private Instant createdAt;

  @Version
  private long version;

  protected CatalogEdition() {
  }

  public static CatalogEdition draft(Instant now) {
    CatalogEdition edition = new CatalogEdition();
    edition.status = EditionStatus.DRAFT;
    edition.createdAt = now;
    return edition;
  }

  void publish(String code, String name, String nameZh, LocalDate publishedOn, LocalDate releasedOn, String repeals,
      String publishedBy) {
    if (status != EditionStatus.DRAFT) {
      throw new IllegalStateException("edition " + this.code + " is already published");
    }
    this.code = code;
    this.name = name;
    this.nameZh = nameZh;
    this.publishedOn = publishedOn;
    this.releasedOn = releasedOn;
    this.repeals = repeals;
    this.publishedBy = publishedBy;
    this.status = EditionStatus.PUBLISHED;
  }

  public boolean isDraft() {
    return status == EditionStatus.DRAFT;
  }

  public Long getId() {
    return id;
  }

  /** The code by which the API addresses this edition: its own, or {@value #DRAFT_CODE}. */
  public String getCode() {
    return isDraft() ? DRAFT_CODE : code;
  }

  public String getName() {
    return name;
  }

  public String getNameZh() {
    return nameZh;
  }

  public EditionStatus getStatus() {
    return status;
  }

  public LocalDate getPublishedOn() {
    return publishedOn;
  }

  public LocalDate getReleasedOn() {
    return releasedOn;
  }

  public String getRepeals() {
    return repeals;
  }

  public String getPublishedBy() {
    return publishedBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
