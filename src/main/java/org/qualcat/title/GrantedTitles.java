package org.qualcat.title;

import java.util.List;
import java.util.Set;
import org.qualcat.verification.GrantedTitle;
import org.qualcat.verification.TitlesOnResults;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The titles granted on a verified result, for the holder's result page ({@link TitlesOnResults}). */
@Component
@Transactional(readOnly = true)
class GrantedTitles implements TitlesOnResults {

  private final TitleApplicationRepository applications;

  GrantedTitles(TitleApplicationRepository applications) {
    this.applications = applications;
  }

  @Override
  public List<GrantedTitle> grantedOn(String caseReference) {
    return applications.findByCaseReferenceAndStatusInOrderById(caseReference, Set.of(TitleStatus.GRANTED)).stream()
        .map(a -> new GrantedTitle(a.getReference(), a.getAppliedLevel().name(), a.getTitleSeries(), a.getGrantedOn()))
        .toList();
  }
}
