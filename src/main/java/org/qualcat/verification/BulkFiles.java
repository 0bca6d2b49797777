package org.qualcat.verification;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The files of a bulk submission, by the names its rows give them, until its rows are cases. */
@Component
class BulkFiles {

  private final JdbcTemplate jdbc;

  BulkFiles(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Keeps a file under its name; a file of the same name received before is replaced. */
  void put(Long submission, String name, byte[] content) {
    jdbc.update("delete from bulk_file where submission_id = ? and file_name = ?", submission, name);
    jdbc.update("insert into bulk_file (submission_id, file_name, size_bytes, content) values (?, ?, ?, ?)",
        submission, name, content.length, content);
  }

  List<String> names(Long submission) {
    return jdbc.queryForList("select file_name from bulk_file where submission_id = ? order by file_name",
        String.class, submission);
  }

  byte[] content(Long submission, String name) {
    List<byte[]> found = jdbc.query("select content from bulk_file where submission_id = ? and file_name = ?",
        (rs, i) -> rs.getBytes(1), submission, name);
    return found.isEmpty() ? null : found.get(0);
  }

  /** Forgets the files once every row is a case (or the submission is withdrawn): they are personal data. */
  void forget(Long submission) {
    jdbc.update("delete from bulk_file where submission_id = ?", submission);
  }
}
