package org.qualcat.catalog;

public enum ChangeType {
  ADDED,
  ADJUSTED,
  REMOVED
}
