package org.qualcat.verification;

/** Where the employer is: the Beijing–Tianjin–Hebei platform serves the three (notice IV). */
public enum EmployerRegion {
  BEIJING,
  TIANJIN,
  HEBEI
}
