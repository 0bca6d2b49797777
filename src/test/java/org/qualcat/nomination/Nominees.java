package org.qualcat.nomination;

import java.util.EnumSet;
import java.util.UUID;
import org.qualcat.catalog.CatalogList;
import org.qualcat.catalog.PracticeField;
import org.qualcat.catalog.TitleLevel;
import org.qualcat.catalog.VerificationChannel;

/** Nominations for tests, each of a qualification no one has nominated before. */
final class Nominees {

  private Nominees() {
  }

  static String newCode() {
    return "BJ-N-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  }

  static NominationRequest request(String code) {
    return new NominationRequest(code, "Certified Data Steward " + code, "认证数据管理师", "Data Stewardship Board",
        "Singapore", "Data governance / IT", EnumSet.of(CatalogList.INTERNATIONAL, CatalogList.TITLE_ELIGIBLE),
        TitleLevel.INTERMEDIATE, "Engineering", null, PracticeField.NONE, VerificationChannel.ONLINE_REGISTER, null,
        "Beijing's data-exchange pilot zone needs certified data stewards.", "nominator@example.org");
  }
}
