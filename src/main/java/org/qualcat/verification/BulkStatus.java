package org.qualcat.verification;

/** Where a bulk submission stands. */
public enum BulkStatus {
  /** The sheet is accepted; the files its rows name are being uploaded. */
  AWAITING_FILES,
  /** Every file is in: the rows are becoming cases, in the background. */
  RUNNING,
  /** Every row is a case or has failed; the summary is ready. */
  DONE,
  /** Withdrawn by the employer before its files were all in: nothing was submitted. */
  CANCELLED;

  public static final String MEANINGS = "AWAITING_FILES (the sheet is accepted, its files are being uploaded), "
      + "RUNNING (rows are becoming cases), DONE, CANCELLED";
}
