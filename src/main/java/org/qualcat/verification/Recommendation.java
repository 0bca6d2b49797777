package org.qualcat.verification;

/**
 * Where an employer's recommendation of the holder for talent introduction stands (notice I.(II)2: "Chinese nationals
 * who have made prominent contributions on duty may, after being recommended by their employers in Beijing, apply for
 * talent introduction").
 */
public enum Recommendation {
  /** The result grants talent introduction: the organisation's HR staff are asked for their recommendation. */
  REQUESTED,
  RECOMMENDED,
  NOT_RECOMMENDED,
  /** The organisation did not answer in time. */
  LAPSED
}
