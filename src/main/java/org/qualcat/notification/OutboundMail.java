package org.qualcat.notification;

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
import java.util.Arrays;
import java.util.List;

/**
 * A mail Qualcat owes someone. Written in the transaction of the business change that caused it, so it exists
 * only if that change committed; sent afterwards, and retried until delivered or given up.
 */
@Entity
@Table(name = "outbound_mail")
public class OutboundMail {

  private static final String SEPARATOR = ",";
  static final int MAX_SUBJECT = 300;
  static final int MAX_BODY = 8000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 80)
  private String template;

  @Column(nullable = false, length = 1000)
  private String recipients;

  @Column(nullable = false, length = 300)
  private String subject;

  @Column(nullable = false, length = 8000)
  private String body;

  @Column(length = 120)
  private String reference;

  /** Who the mail is from, when not Qualcat's own sender ({@code qualcat.mail.from}): a bureau's, for its cases. */
  @Column(length = 300)
  private String sender;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private MailStatus status;

  private int attempts;

  @Column(nullable = false)
  private Instant nextAttemptAt;

  @Column(length = 500)
  private String lastError;

  @Column(nullable = false)
  private Instant createdAt;

  private Instant sentAt;

  @Version
  private long version;

  protected OutboundMail() {
  }

  OutboundMail(String template, List<String> recipients, String subject, String body, String reference,
      String sender, Instant now) {
    this.template = template;
    this.sender = sender;
    this.recipients = String.join(SEPARATOR, recipients);
    // a subject or body built from the longest names and texts the API allows must not fail the business change
    this.subject = shorten(subject, MAX_SUBJECT);
    this.body = shorten(body, MAX_BODY);
    this.reference = reference;
    this.status = MailStatus.PENDING;
    this.createdAt = now;
    this.nextAttemptAt = now;
  }

  private static String shorten(String text, int max) {
    if (text == null || text.length() <= max) {
      return text;
    }
    int end = max - 1;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + "…";
  }

  /**
   * Taken by a node to send now, until {@code leaseEnds}: a node that dies while sending leaves the mail SENDING, and
   * once the lease has run out another node may claim it again ({@link #claimable}).
   */
  void claim(Instant leaseEnds) {
    this.status = MailStatus.SENDING;
    this.nextAttemptAt = leaseEnds;
  }

  /** Waiting to be sent, or claimed by a node whose lease ran out at {@code now} (it stopped while sending). */
  boolean claimable(Instant now) {
    return status == MailStatus.PENDING || status == MailStatus.SENDING && !nextAttemptAt.isAfter(now);
  }

  void sent(Instant now) {
    this.status = MailStatus.SENT;
    this.attempts++;
    this.sentAt = now;
    this.lastError = null;
  }

  void failed(String error, Instant retryAt, int maxAttempts) {
    this.attempts++;
    this.lastError = error == null ? null : error.length() > 500 ? error.substring(0, 500) : error;
    this.status = attempts >= maxAttempts ? MailStatus.FAILED : MailStatus.PENDING;
    this.nextAttemptAt = retryAt;
  }

  public Long getId() {
    return id;
  }

  public String getTemplate() {
    return template;
  }

  /** The sender, or {@code fallback} (Qualcat's own) when the mail names none. */
  String senderOr(String fallback) {
    return sender == null ? fallback : sender;
  }

  public List<String> getRecipients() {
    return Arrays.asList(recipients.split(SEPARATOR));
  }

  public String getSubject() {
    return subject;
  }

  public String getBody() {
    return body;
  }

  public String getReference() {
    return reference;
  }

  public MailStatus getStatus() {
    return status;
  }

  public int getAttempts() {
    return attempts;
  }

  public Instant getNextAttemptAt() {
    return nextAttemptAt;
  }

  public String getLastError() {
    return lastError;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getSentAt() {
    return sentAt;
  }
}
