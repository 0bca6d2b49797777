package org.qualcat.employer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An organisation registered on the platform, whose HR staff submit cases for its employees. */
@Entity
@Table(name = "employer")
class Employer {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = CreditCode.LENGTH, unique = true)
  private String creditCode;

  @Column(nullable = false, length = 300)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private EmployerRegion region;

  @Column(nullable = false)
  private Instant registeredAt;

  @Column(nullable = false, length = 64)
  private String registeredBy;

  protected Employer() {
  }

  Employer(String creditCode, String name, EmployerRegion region, Instant registeredAt, String registeredBy) {
    this.creditCode = creditCode;
    this.name = name;
    this.region = region;
    this.registeredAt = registeredAt;
    this.registeredBy = registeredBy;
  }

  Organisation organisation() {
    return new Organisation(id, creditCode, name, region);
  }

  Long getId() {
    return id;
  }

  String getCreditCode() {
    return creditCode;
  }
}
