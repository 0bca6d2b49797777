package org.qualcat.nomination;

import org.qualcat.catalog.TitleChannel;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.qualcat.catalog.CatalogList;
import org.qualcat.catalog.PracticeField;
import org.qualcat.catalog.TitleLevel;
import org.qualcat.catalog.VerificationChannel;
import org.qualcat.committee.ReviewRecordView;
import org.qualcat.process.Bilingual;

/** A nomination with its decision record, as staff (and, without the experts' names, its nominator) see it. */
record NominationView(
    String reference,
    NominationStatus status,
    List<String> currentSteps,
    String code,
    String nameEn,
    String nameZh,
    String issuingBody,
    String countryRegion,
    String sector,
    Set<CatalogList> lists,
    TitleLevel titleLevel,
    String titleSeries,
    Set<TitleChannel> titleChannels,
    String skillLevel,
    PracticeField practiceField,
    VerificationChannel verificationChannel,
    String notes,
    String justification,
    String nominatedBy,
    String contactEmail,
    Instant submittedAt,
    Instant closedAt,
    String supplementRequest,
    Instant supplementDueAt,
    String supplement,
    ReviewRecordView review) {

  static NominationView of(Nomination n, List<String> currentSteps, ReviewRecordView review) {
    var d = n.getDetails();
    return new NominationView(n.getReference(), n.getStatus(), currentSteps, n.getCode(), d.nameEn(), d.nameZh(),
        d.issuingBody(), d.countryRegion(), d.sector(), d.lists(), d.titleLevel(), d.titleSeries(), d.titleChannels(), d.skillLevel(),
        d.practiceField(), d.verificationChannel(), d.notes(), n.getJustification(), n.getNominatedBy(),
        n.getContactEmail(), n.getSubmittedAt(), n.getClosedAt(), n.getSupplementRequest(), n.getSupplementDueAt(),
        n.getSupplement(), review);
  }

  /** The nomination in a few lines, for the secretariat's completeness form. */
  /** The nomination for the secretariat's completeness check: names and words, never codes or user ids. */
  static String describe(Nomination n, String nominator, Bilingual words) {
    var d = n.getDetails();
    StringBuilder text = new StringBuilder()
        .append(n.getReference()).append(", nominated by ").append(nominator).append(" (")
        .append(n.getContactEmail()).append(")\n")
        .append(n.getCode()).append(": ").append(d.nameEn()).append(" / ").append(d.nameZh()).append('\n')
        .append("Issuer: ").append(d.issuingBody()).append(", ").append(d.countryRegion()).append('\n')
        .append("Sector: ").append(d.sector()).append('\n')
        .append("Lists: ").append(d.lists().stream().sorted().map(l -> words.both("list." + l.name()))
            .collect(java.util.stream.Collectors.joining("; "))).append('\n')
        .append("Title: ").append(words.both("title." + d.titleLevel().name()))
        .append(d.titleSeries() == null ? "" : " (" + d.titleSeries() + ")")
        .append(d.titleChannels().isEmpty() ? "" : "; title channels (notice II): " + d.titleChannels().stream()
            .map(c -> words.both("titleChannel." + c.name())).collect(java.util.stream.Collectors.joining("; ")))
        .append("; skill certificate: ").append(d.skillLevel() == null ? "none" : d.skillLevel()).append('\n')
        .append("Practice field: ").append(d.practiceField() == null ? "none"
            : words.both("practice." + d.practiceField().name())).append("; verification: ")
        .append(d.verificationChannel() == null ? "none" : words.both("channel." + d.verificationChannel().name()))
        .append('\n')
        .append("Justification: ").append(n.getJustification());
    if (d.notes() != null) {
      text.append("\nNotes: ").append(d.notes());
    }
    if (n.getSupplementRequest() != null) {
      text.append("\nSupplement asked for: ").append(n.getSupplementRequest());
    }
    if (n.getSupplement() != null) {
      text.append("\nSupplement received: ").append(n.getSupplement());
    }
    return text.toString();
  }
}
