package org.qualcat.adjustment;

import org.qualcat.catalog.TitleChannel;
import org.qualcat.catalog.TitleChannelsConverter;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.qualcat.catalog.CatalogList;
import org.qualcat.catalog.CatalogListsConverter;
import org.qualcat.catalog.TitleLevel;

/** A proposal to move a listed qualification between lists or to change its title/skill mapping. */
@Entity
@Table(name = "adjustment_request")
public class AdjustmentRequest {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 32)
  private String reference;

  @Column(nullable = false, length = 32)
  private String qualificationCode;

  /** The lists proposed (the whole set, not a difference). */
  @Column(nullable = false)
  @Convert(converter = CatalogListsConverter.class)
  private Set<CatalogList> lists;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private TitleLevel titleLevel;

  @Column(length = 120)
  private String titleSeries;

  @Column(length = 120)
  private String skillLevel;

  /** The title channels proposed (the whole set); null: unchanged. */
  @Column(length = 80)
  @Convert(converter = TitleChannelsConverter.class)
  private Set<TitleChannel> titleChannels;

  /** Whether the request names the title channels (an empty set names none); false: they stay as they are. */
  @Column(nullable = false)
  private boolean titleChannelsGiven;

  @Column(nullable = false, length = 4000)
  private String justification;

  @Column(nullable = false, length = 64)
  private String requestedBy;

  @Column(nullable = false, length = 254)
  private String contactEmail;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private AdjustmentStatus status;

  @Column(length = 64)
  private String processInstanceId;

  @Column(nullable = false)
  private Instant requestedAt;

  private Instant closedAt;

  @Version
  private long version;

  protected AdjustmentRequest() {
  }

  AdjustmentRequest(String reference, String qualificationCode, Set<CatalogList> lists, TitleLevel titleLevel,
      String titleSeries, Set<TitleChannel> titleChannels, String skillLevel, String justification,
      String requestedBy, String contactEmail, Instant now) {
    this.reference = reference;
    this.qualificationCode = qualificationCode;
    this.lists = EnumSet.copyOf(lists);
    this.titleLevel = titleLevel;
    this.titleSeries = titleSeries;
    this.skillLevel = skillLevel;
    this.titleChannelsGiven = titleChannels != null;
    this.titleChannels = titleChannels == null || titleChannels.isEmpty() ? EnumSet.noneOf(TitleChannel.class)
        : EnumSet.copyOf(titleChannels);
    this.justification = justification;
    this.requestedBy = requestedBy;
    this.contactEmail = contactEmail;
    this.status = AdjustmentStatus.UNDER_REVIEW;
    this.requestedAt = now;
  }

  void started(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  void close(AdjustmentStatus outcome, Instant now) {
    status = outcome;
    closedAt = now;
  }

  public Long getId() {
    return id;
  }

  public String getReference() {
    return reference;
  }

  public String getQualificationCode() {
    return qualificationCode;
  }

  public Set<CatalogList> getLists() {
    return lists;
  }

  /** The title channels proposed, or null when the request leaves them as they are. */
  public Set<TitleChannel> getTitleChannels() {
    return titleChannelsGiven ? (titleChannels == null ? EnumSet.noneOf(TitleChannel.class) : titleChannels) : null;
  }

  public TitleLevel getTitleLevel() {
    return titleLevel;
  }

  public String getTitleSeries() {
    return titleSeries;
  }

  public String getSkillLevel() {
    return skillLevel;
  }

  public String getJustification() {
    return justification;
  }

  public String getRequestedBy() {
    return requestedBy;
  }

  public String getContactEmail() {
    return contactEmail;
  }

  public AdjustmentStatus getStatus() {
    return status;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public Instant getRequestedAt() {
    return requestedAt;
  }

  public Instant getClosedAt() {
    return closedAt;
  }
}
