package org.qualcat.verification;

import org.qualcat.employer.EmployerRegion;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.qualcat.verification.CaseViews.Text;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What a result says besides its benefits, in the notice's words and both languages: the messages
 * {@code verification.statement.*}, whose reviewed source is docs/benefits.md. The case page, the printed result, the
 * mail and the result document show the same statements.
 */
@Component
class ResultStatements {

  static final String BEIJING = "verification.statement.beijing";
  static final String OTHER_REGION = "verification.statement.otherRegion";
  static final String NOT_CONFIRMED = "verification.statement.employmentNotConfirmed";
  static final String NO_BENEFITS = "verification.statement.noBenefits";
  static final String SAMPLE_DATA = "verification.statement.sampleData";
  static final String DISCLAIMER = "verification.statement.disclaimer";

  private final MessageSource messages;

  ResultStatements(MessageSource messages) {
    this.messages = messages;
  }

  /**
   * For a verified holder employed in Beijing (as the verifier confirmed), what the result is good for (IV.2); for one
   * employed in Tianjin or Hebei, that no second verification is needed (IV.3); otherwise, that the Beijing services
   * need employment in Beijing. Then whether the result rests on sample data, and what a result certifies. A case
   * without a result says nothing.
   */
  List<Text> of(VerificationCase c) {
    if (c.getStatus() != VerificationStatus.VERIFIED && c.getStatus() != VerificationStatus.NOT_VERIFIED) {
      return List.of();
    }
    List<Text> statements = new ArrayList<>();
    if (c.getStatus() == VerificationStatus.VERIFIED) {
      boolean beijing = c.getEmployerRegion() == EmployerRegion.BEIJING;
      if (!beijing) {
        String region = "verification.region." + c.getEmployerRegion().name();
        statements.add(new Text("IV.3", format(OTHER_REGION, Locale.ENGLISH, message(region, Locale.ENGLISH)),
            format(OTHER_REGION, Locale.CHINESE, message(region, Locale.CHINESE))));
      } else if (c.isBeijingEmploymentConfirmed()) {
        statements.add(text(BEIJING, "IV.2"));
      } else {
        statements.add(text(NOT_CONFIRMED, "EMPLOYMENT_NOT_CONFIRMED"));
      }
      if (c.getBenefits().isEmpty() && (!beijing || c.isBeijingEmploymentConfirmed())) {
        statements.add(text(NO_BENEFITS, "NO_BENEFITS"));
      }
    }
    if (c.isSampleData()) {
      statements.add(sampleData());
    }
    statements.add(disclaimer());
    return statements;
  }

  Text sampleData() {
    return text(SAMPLE_DATA, "SAMPLE_DATA");
  }

  Text disclaimer() {
    return text(DISCLAIMER, "DISCLAIMER");
  }

  private Text text(String key, String code) {
    return new Text(code, message(key, Locale.ENGLISH), message(key, Locale.CHINESE));
  }

  private String message(String key, Locale locale) {
    return messages.getMessage(key, null, locale);
  }

  private String format(String key, Locale locale, String argument) {
    return messages.getMessage(key, new Object[] {argument}, locale);
  }
}
