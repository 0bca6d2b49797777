package org.qualcat.verification;

import static org.qualcat.verification.VerificationProcess.*;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.qualcat.bureau.Bureau;
import org.qualcat.bureau.Bureaus;
import org.qualcat.catalog.CatalogInForce;
import org.qualcat.catalog.CatalogInForce.Listing;
import org.qualcat.notification.Notifications;
import org.qualcat.system.PublicAddress;
import org.qualcat.security.Roles;
import org.qualcat.security.StaffDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The mails of a verification case (templates {@code templates/mail/verification-*.txt}, English then Chinese),
 * sent through {@link Notifications}: recorded with the change that causes them, delivered after it commits. They
 * name the case, the qualification (as the edition the case was decided under lists it) and dates; never the holder's
 * document number or name. They leave from the sender of the case's bureau, and the officers' mails go to the
 * bureau's verifiers (notice IV; docs/adr/0030).
 */
@Component
class VerificationMails {

  private static final Logger log = LoggerFactory.getLogger(VerificationMails.class);

  private final Notifications notifications;
  private final IdentityService identity;
  private final MessageSource messages;
  private final ResultStatements statements;
  private final PublicAddress address;
  private final CatalogInForce catalog;
  private final Bureaus bureaus;
  private final StaffDirectory staff;

  VerificationMails(Notifications notifications, IdentityService identity, MessageSource messages,
      ResultStatements statements, PublicAddress address, CatalogInForce catalog, Bureaus bureaus,
      StaffDirectory staff) {
    this.catalog = catalog;
    this.bureaus = bureaus;
    this.staff = staff;
    this.notifications = notifications;
    this.identity = identity;
    this.messages = messages;
    this.statements = statements;
    this.address = address;
  }

  void accepted(VerificationCase c) {
    Map<String, Object> model = model(c, qualification(c));
    model.put("eta", date(c.getEta()));
    toApplicant(MAIL_ACCEPTED, c, model);
  }

  void supplementRequested(VerificationCase c) {
    Map<String, Object> model = model(c, qualification(c));
    model.put("request", c.getSupplementRequest());
    model.put("dueOn", date(c.getSupplementDueOn()));
    toApplicant(MAIL_SUPPLEMENT_REQUESTED, c, model);
  }

  /** The result, with the verification code the holder shows (none when not verified). */
  void result(VerificationCase c, String verificationCode) {
    Listing q = qualification(c);
    Map<String, Object> model = model(c, q);
    boolean verified = c.getStatus() == VerificationStatus.VERIFIED;
    model.put("verified", verified);
    model.put("code", verificationCode == null ? "" : verificationCode);
    model.put("checkUrl", verificationCode == null ? "" : VerificationCodeApi.pageOf(address, verificationCode));
    model.put("edition", q == null ? "" : q.edition().name());
    model.put("sample", c.isSampleData());
    model.put("statements", statements.of(c).stream().map(s -> Map.of("en", s.en(), "zh", s.zh())).toList());
    model.put("note", c.getClosingNote() == null ? "" : c.getClosingNote());
    model.put("benefits", c.getBenefits().stream().map(b -> Map.of(
        "section", b.noticeSection(),
        "en", messages.getMessage(b.messageKey(), null, Locale.ENGLISH),
        "zh", messages.getMessage(b.messageKey(), null, Locale.CHINESE))).toList());
    toApplicant(MAIL_RESULT, c, model);
  }

  void closed(VerificationCase c) {
    Map<String, Object> model = model(c, qualification(c));
    String reason = "verification.reason." + c.getClosingReason().name();
    model.put("reasonEn", messages.getMessage(reason, null, Locale.ENGLISH));
    model.put("reasonZh", messages.getMessage(reason, null, Locale.CHINESE));
    model.put("note", c.getClosingNote() == null ? "" : c.getClosingNote());
    toApplicant(MAIL_CLOSED, c, model);
  }

  /**
   * Asks an organisation's HR staff for their recommendation for talent introduction (notice I.(II)2): they have no
   * Tasklist, so the mail is how they learn of it; the answer is given on the case page.
   */
  void recommendationRequested(VerificationCase c, List<String> hrStaff, java.time.LocalDate dueOn) {
    Map<String, Object> model = model(c, qualification(c));
    model.put("dueOn", date(dueOn));
    send(MAIL_RECOMMENDATION_REQUESTED, emailsOf(hrStaff), model, c);
  }

  /** Reminds the officer who accepted the case (or, without one, the verifiers) that its ETA is near. */
  void etaReminder(VerificationCase c) {
    List<String> to = c.getAcceptedBy() == null ? List.of() : emailsOf(List.of(c.getAcceptedBy()));
    Map<String, Object> model = model(c, qualification(c));
    model.put("eta", date(c.getEta()));
    send(MAIL_ETA_REMINDER, to.isEmpty() ? verifiersOf(c) : to, model, c);
  }

  /** Tells all the verifiers of the case's bureau that the case passed its ETA. */
  void overdue(VerificationCase c) {
    Map<String, Object> model = model(c, qualification(c));
    model.put("eta", date(c.getEta()));
    send(MAIL_OVERDUE, verifiersOf(c), model, c);
  }

  /** The case's qualification as the edition it was decided under lists it (or the edition in force). */
  private Listing qualification(VerificationCase c) {
    return catalog.listing(c.getEditionCode(), c.getQualificationCode()).orElse(null);
  }

  private Map<String, Object> model(VerificationCase c, Listing q) {
    Map<String, Object> model = new HashMap<>();
    model.put("reference", c.getReference());
    Bureau bureau = bureaus.of(c.getEmployerRegion());
    model.put("bureauEn", bureau.nameEn());
    model.put("bureauZh", bureau.nameZh());
    model.put("qualificationCode", c.getQualificationCode());
    model.put("qualificationNameEn", q == null ? c.getQualificationCode() : q.details().nameEn());
    model.put("qualificationNameZh", q == null ? c.getQualificationCode() : q.details().nameZh());
    return model;
  }

  private void toApplicant(String template, VerificationCase c, Map<String, Object> model) {
    send(template, emailsOf(List.of(c.getApplicant())), model, c);
  }

  private void send(String template, List<String> to, Map<String, Object> model, VerificationCase c) {
    if (to.isEmpty()) {
      log.warn("Mail {} for case {} has no recipient with an e-mail address; not sent", template, c.getReference());
      return;
    }
    notifications.send(template, to, model, c.getReference(), bureaus.of(c.getEmployerRegion()).mailFrom());
  }

  /** The mail addresses of the verifiers of the case's bureau: in group verifiers and in the bureau's staff group. */
  private List<String> verifiersOf(VerificationCase c) {
    return staff.emailsOf(Roles.VERIFIERS, bureaus.of(c.getEmployerRegion()).staffGroup());
  }

  private List<String> emailsOf(List<String> users) {
    return users.stream().map(id -> identity.createUserQuery().userId(id).singleResult())
        .filter(u -> u != null && u.getEmail() != null && !u.getEmail().isBlank())
        .map(User::getEmail).toList();
  }

  private static String date(java.time.LocalDate date) {
    return date == null ? "" : date.format(DateTimeFormatter.ISO_LOCAL_DATE);
  }
}
