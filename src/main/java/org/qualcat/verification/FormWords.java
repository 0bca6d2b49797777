package org.qualcat.verification;

import org.qualcat.employer.EmployerRegion;
import org.qualcat.catalog.VerificationChannel;
import org.qualcat.process.Bilingual;
import org.springframework.stereotype.Component;

/**
 * What the verifiers' forms show in place of the codes the gateways decide on, in the portal's own words (its
 * messages, in Chinese and English as the forms are), so that a region or a channel is named the same everywhere.
 */
@Component
class FormWords {

  private final Bilingual words;

  FormWords(Bilingual words) {
    this.words = words;
  }

  String region(EmployerRegion region) {
    return words.both("verification.region." + region.name());
  }

  String channel(VerificationChannel channel) {
    return channel == null ? null : words.both("channel." + channel.name());
  }
}
