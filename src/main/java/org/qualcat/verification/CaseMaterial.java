package org.qualcat.verification;

import jakarta.persistence.Column;
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
import java.time.Instant;
import org.hibernate.annotations.NaturalId;

/**
 * One file an applicant uploaded as application material: first pending (uploaded, not yet part of a case, usable by
 * its uploader only), then attached to the case it was submitted with. Its bytes live in {@code case_material_content}
 * ({@link ApplicationMaterials} reads them only to serve the file). The file is personal data: its name and content
 * are never logged.
 */
@Entity
@Table(name = "case_material")
class CaseMaterial {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** How the applicant names the upload when submitting: 22 URL-safe characters, unguessable; never changes. */
  @NaturalId
  @Column(nullable = false, length = 32)
  private String token;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "case_id")
  private VerificationCase verificationCase;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private MaterialKind kind;

  @Column(nullable = false, length = 120)
  private String fileName;

  /** Found from the content, never from the name: application/pdf, image/jpeg or image/png. */
  @Column(nullable = false, length = 40)
  private String mediaType;

  @Column(nullable = false)
  private long sizeBytes;

  @Column(nullable = false, length = 64)
  private String sha256;

  @Column(nullable = false, length = 64)
  private String uploadedBy;

  @Column(nullable = false)
  private Instant uploadedAt;

  private Instant attachedAt;

  protected CaseMaterial() {
  }

  CaseMaterial(String token, MaterialKind kind, String fileName, String mediaType, long sizeBytes, String sha256,
      String uploadedBy, Instant now) {
    this.token = token;
    this.kind = kind;
    this.fileName = fileName;
    this.mediaType = mediaType;
    this.sizeBytes = sizeBytes;
    this.sha256 = sha256;
    this.uploadedBy = uploadedBy;
    this.uploadedAt = now;
  }

  void attachTo(VerificationCase c, Instant now) {
    if (verificationCase != null) {
      throw new IllegalStateException("material " + id + " is attached already");
    }
    this.verificationCase = c;
    this.attachedAt = now;
  }

  public Long getId() {
    return id;
  }

  public String getToken() {
    return token;
  }

  public VerificationCase getVerificationCase() {
    return verificationCase;
  }

  public MaterialKind getKind() {
    return kind;
  }

  public String getFileName() {
    return fileName;
  }

  public String getMediaType() {
    return mediaType;
  }

  public long getSizeBytes() {
    return sizeBytes;
  }

  public String getSha256() {
    return sha256;
  }

  public String getUploadedBy() {
    return uploadedBy;
  }

  public Instant getUploadedAt() {
    return uploadedAt;
  }

  public Instant getAttachedAt() {
    return attachedAt;
  }

  @Override
  public String toString() {
    return "CaseMaterial[" + id + ", " + kind + ", " + mediaType + "]";
  }
}
