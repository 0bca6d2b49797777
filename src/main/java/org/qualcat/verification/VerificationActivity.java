package org.qualcat.verification;

import java.sql.Timestamp;
import java.time.Instant;
import org.qualcat.monitoring.VerificationStatistics;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the verification cases of a qualification tell its monitoring review as demand on the platform: cases,
 * results VERIFIED for holders working in Beijing, checks with the issuer and how many it answered. A check counts
 * once it is answered (VERIFIED or NOT_VERIFIED) or overdue (the issuer let the ETA pass); reused results are not
 * new checks. None of it is an indicator: issuance and the issuer's responsiveness are what monitors record.
 */
@Component
class VerificationActivity implements VerificationStatistics {

  private final JdbcTemplate jdbc;

  VerificationActivity(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Activity since(String qualificationCode, Instant since) {
    return jdbc.queryForObject("""
        select
          coalesce(sum(case when status = 'VERIFIED' and employed_in_beijing = true then 1 else 0 end), 0),
          count(*),
          coalesce(sum(case when reused_from is null and accepted_at is not null
                             and (status in ('VERIFIED', 'NOT_VERIFIED') or overdue = true) then 1 else 0 end), 0),
          coalesce(sum(case when reused_from is null and status in ('VERIFIED', 'NOT_VERIFIED') then 1 else 0 end), 0)
        from verification_case where qualification_code = ? and submitted_at >= ?""",
        (rs, row) -> new Activity(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)),
        qualificationCode, Timestamp.from(since));
  }
}
