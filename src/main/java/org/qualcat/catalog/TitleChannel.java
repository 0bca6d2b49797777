package org.qualcat.catalog;

import org.qualcat.system.Published;

/**
 * The approaches of notice II by which Beijing grants its professional and technical titles to holders of a
 * qualification on the title-eligible list: "direct recognition of certificates, exemption from certain courses, and
 * reduction in examination subjects". No source says which qualification gets which: in the sample catalog the
 * channels are INFERRED (ADR 0028 decision 1), and an entry off {@link CatalogList#TITLE_ELIGIBLE} has none.
 */
@Published
public enum TitleChannel {
  DIRECT_RECOGNITION,
  COURSE_EXEMPTION,
  FEWER_EXAM_SUBJECTS;

  /** What each value means, for the API document. */
  public static final String MEANINGS =
      "The approaches of notice II for a title-eligible qualification: DIRECT_RECOGNITION: direct recognition of the "
      + "certificate; COURSE_EXEMPTION: exemption from certain courses; FEWER_EXAM_SUBJECTS: reduction in "
      + "examination subjects. Empty for a qualification not on TITLE_ELIGIBLE.";

  /** The approach in notice II's words ("direct recognition of certificates"), for proposals and summaries. */
  public String englishName() {
    return switch (this) {
      case DIRECT_RECOGNITION -> "direct recognition of certificates";
      case COURSE_EXEMPTION -> "exemption from certain courses";
      case FEWER_EXAM_SUBJECTS -> "reduction in examination subjects";
    };
  }
}
