package org.qualcat.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** One qualification as a published edition shows it; written once when the edition is published. */
@Entity
@Immutable
@Table(name = "edition_entry")
class EditionEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "edition_id")
  private CatalogEdition edition;

  @Column(nullable = false, length = 32)
  private String code;

  @Embedded
  private QualificationDetails details;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private QualificationStatus status;

  protected EditionEntry() {
  }

  EditionEntry(CatalogEdition edition, Qualification qualification) {
    this.edition = edition;
    this.code = qualification.getCode();
    this.details = qualification.getDetails();
    this.status = qualification.getStatus();
  }

  public CatalogEdition getEdition() {
    return edition;
  }

  public String getCode() {
    return code;
  }

  public QualificationDetails getDetails() {
    return details;
  }

  /** The status the qualification had when the edition was published. */
  public QualificationStatus getStatus() {
    return status;
  }
}
