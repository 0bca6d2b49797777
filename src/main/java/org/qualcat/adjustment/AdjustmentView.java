package org.qualcat.adjustment;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.qualcat.catalog.CatalogList;
import org.qualcat.catalog.TitleChannel;
import org.qualcat.catalog.TitleLevel;
import org.qualcat.committee.ReviewRecordView;

/** An adjustment request with its decision record. */
record AdjustmentView(String reference, AdjustmentStatus status, List<String> currentSteps,
    String qualificationCode, Set<CatalogList> lists, TitleLevel titleLevel, String titleSeries,
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    Set<TitleChannel> titleChannels, String skillLevel, String justification, String requestedBy, Instant requestedAt, Instant closedAt, ReviewRecordView review) {

  static AdjustmentView of(AdjustmentRequest a, List<String> steps, ReviewRecordView review) {
    return new AdjustmentView(a.getReference(), a.getStatus(), steps, a.getQualificationCode(), a.getLists(),
        a.getTitleLevel(), a.getTitleSeries(), a.getTitleChannels(), a.getSkillLevel(), a.getJustification(), a.getRequestedBy(),
        a.getRequestedAt(), a.getClosedAt(), review);
  }
}
