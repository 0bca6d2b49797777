package org.qualcat.employer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Who follows a record: the holder their own, an organisation's current HR staff the organisation's, nobody else. */
class FollowerTest {

  private static final Organisation BEIJING_FIRM = new Organisation(7L, "91110105MA01QC4T79", "Firm",
      EmployerRegion.BEIJING);

  @Test
  void aHolderFollowsTheirOwnRecordsOnly() {
    Follower holder = new Follower("applicant1", null);
    assertThat(holder.follows("applicant1", null)).isTrue();
    assertThat(holder.follows("applicant2", null)).isFalse();
    assertThat(holder.follows("applicant1", 7L)).as("submitted for an organisation: its HR staff's").isFalse();
  }

  @Test
  void hrStaffFollowTheirOrganisationsRecordsWhoeverSubmittedThemAndNoHoldersOwn() {
    Follower hr = new Follower("hr2", BEIJING_FIRM);
    assertThat(hr.follows("hr1", 7L)).as("a colleague's submission").isTrue();
    assertThat(hr.follows("hr2", 8L)).as("another organisation's, even one they submitted before moving")
        .isFalse();
    assertThat(hr.follows("applicant1", null)).isFalse();
    assertThat(new Follower("hr1", null).follows("hr1", 7L)).as("one who has left the organisation").isFalse();
    assertThat(new Follower(null, BEIJING_FIRM).follows(null, null)).as("nobody").isFalse();
  }
}
