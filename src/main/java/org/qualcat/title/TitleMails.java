package org.qualcat.title;

import static org.qualcat.title.TitleGrantProcess.*;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.qualcat.catalog.CatalogInForce;
import org.qualcat.catalog.QualificationDetails;
import org.qualcat.notification.Notifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The mails of a title application (templates {@code templates/mail/title-*.txt}, English then Chinese) to whoever
 * applied: the holder, or the HR user who applied for the organisation. They name the application, the qualification
 * and the title; never the holder's name.
 */
@Component
class TitleMails {

  private static final Logger log = LoggerFactory.getLogger(TitleMails.class);

  private final Notifications notifications;
  private final IdentityService identity;
  private final MessageSource messages;
  private final CatalogInForce catalog;

  TitleMails(Notifications notifications, IdentityService identity, MessageSource messages, CatalogInForce catalog) {
    this.notifications = notifications;
    this.identity = identity;
    this.messages = messages;
    this.catalog = catalog;
  }

  void received(TitleApplication application, QualificationDetails entry) {
    Map<String, Object> model = model(application, entry);
    model.put("routeEn", word("titleRoute." + application.getRoute().name(), Locale.ENGLISH));
    model.put("routeZh", word("titleRoute." + application.getRoute().name(), Locale.CHINESE));
    send(MAIL_RECEIVED, application, model);
  }

  void exemptionsIssued(TitleApplication application) {
    Map<String, Object> model = model(application, entry(application));
    model.put("exemptions", application.getExemptions());
    send(MAIL_EXEMPTIONS, application, model);
  }

  void granted(TitleApplication application) {
    Map<String, Object> model = model(application, entry(application));
    model.put("grantedOn", application.getGrantedOn().format(DateTimeFormatter.ISO_LOCAL_DATE));
    send(MAIL_GRANTED, application, model);
  }

  void refused(TitleApplication application) {
    Map<String, Object> model = model(application, entry(application));
    model.put("note", application.getDecisionNote() == null ? "" : application.getDecisionNote());
    send(MAIL_REFUSED, application, model);
  }

  void lapsed(TitleApplication application) {
    send(MAIL_LAPSED, application, model(application, entry(application)));
  }

  /** The application ended because a published edition removed its qualification from the catalog. */
  void qualificationRemoved(TitleApplication application) {
    send(MAIL_QUALIFICATION_REMOVED, application, model(application, entry(application)));
  }

  private QualificationDetails entry(TitleApplication application) {
    return catalog.listing(application.getEditionCode(), application.getQualificationCode())
        .map(CatalogInForce.Listing::details).orElse(null);
  }

  private Map<String, Object> model(TitleApplication a, QualificationDetails entry) {
    Map<String, Object> model = new HashMap<>();
    model.put("reference", a.getReference());
    model.put("qualificationCode", a.getQualificationCode());
    model.put("qualificationNameEn", entry == null ? a.getQualificationCode() : entry.nameEn());
    model.put("qualificationNameZh", entry == null ? a.getQualificationCode() : entry.nameZh());
    model.put("titleEn", word("titleRank." + a.getAppliedLevel().name(), Locale.ENGLISH));
    model.put("titleZh", word("titleRank." + a.getAppliedLevel().name(), Locale.CHINESE));
    model.put("series", a.getTitleSeries());
    model.put("sample", a.isSampleData());
    return model;
  }

  private String word(String key, Locale locale) {
    return messages.getMessage(key, null, locale);
  }

  private void send(String template, TitleApplication application, Map<String, Object> model) {
    List<String> to = emailOf(application.getApplicant());
    if (to.isEmpty()) {
      log.warn("Mail {} for title application {} has no recipient with an e-mail address; not sent", template,
          application.getReference());
      return;
    }
    notifications.send(template, to, model, application.getReference());
  }

  private List<String> emailOf(String user) {
    User found = identity.createUserQuery().userId(user).singleResult();
    return found == null || found.getEmail() == null || found.getEmail().isBlank() ? List.of()
        : List.of(found.getEmail());
  }
}
