package org.qualcat.verification;

import java.util.Locale;
import org.qualcat.catalog.VerificationChannel;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What the verifiers' forms (in English) show in place of the codes the gateways decide on, in the portal's own words
 * (its messages), so that a region or a channel is named the same everywhere.
 */
@Component
class FormWords {

  private final MessageSource messages;

  FormWords(MessageSource messages) {
    this.messages = messages;
  }

  String region(EmployerRegion region) {
    return english("verification.region." + region.name());
  }

  String channel(VerificationChannel channel) {
    return channel == null ? null : english("channel." + channel.name());
  }

  private String english(String key) {
    return messages.getMessage(key, null, Locale.ENGLISH);
  }
}
