package org.qualcat.catalog;

import org.qualcat.system.Published;

/**
 * What other features add to a qualification for staff in {@code GET /api/catalog/{code}} (monitoring adds the
 * history of its assessments), without the catalog depending on them.
 */
@Published
public interface StaffDetails {

  /** The name of the field the details appear under. */
  String name();

  Object forQualification(String code);
}
