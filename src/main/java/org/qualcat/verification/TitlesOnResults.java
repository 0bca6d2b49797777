package org.qualcat.verification;

import java.util.List;
import org.qualcat.system.Published;

/**
 * The titles granted on verified results, for the holder's result page. The title module answers it (verification
 * does not depend on it: the dependency points the other way); without it a result shows no titles.
 */
@Published
public interface TitlesOnResults {

  /** The titles granted on the result of case {@code caseReference}, oldest first. */
  List<GrantedTitle> grantedOn(String caseReference);
}
