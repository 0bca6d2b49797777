package org.qualcat.employer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.qualcat.security.Access;
import org.qualcat.security.Roles;
import org.qualcat.system.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Employers and their HR staff: administrators register organisations and name their HR users; an HR user reads
 * their own organisation (another's answers 404, as one that does not exist).
 */
@RestController
@RequestMapping("/api/employers")
@Tag(name = "Employers", description = "Organisations whose HR staff submit cases for their employees")
class EmployerApi {

  private static final String CODE = "91110105MA01QC4T79";

  private final Employers employers;

  EmployerApi(Employers employers) {
    this.employers = employers;
  }

  @PostMapping
  @PreAuthorize(Access.MANAGE_EMPLOYERS)
  @Operation(summary = "Register an organisation as an employer; 201 with it")
  @ApiResponse(responseCode = "201", description = "Registered (Location: /api/employers/{creditCode})")
  @ApiResponse(responseCode = "409", description = "An employer with this credit code is registered already.")
  ResponseEntity<Organisation> register(@RequestBody Employers.Registration registration, Authentication caller) {
    Organisation created = employers.register(registration, caller.getName());
    return ResponseEntity.created(URI.create("/api/employers/" + created.creditCode())).body(created);
  }

  @GetMapping
  @PreAuthorize(Access.MANAGE_EMPLOYERS)
  @Operation(summary = "Every registered employer, by name")
  List<Organisation> list() {
    return employers.all();
  }

  @GetMapping("/{creditCode}")
  @PreAuthorize(Access.READ_EMPLOYER)
  @Operation(summary = "An employer (its HR staff: their own only)")
  Organisation view(@Parameter(example = CODE) @PathVariable String creditCode, Authentication caller) {
    return readable(creditCode, caller);
  }

  @GetMapping("/{creditCode}/members")
  @PreAuthorize(Access.READ_EMPLOYER)
  @Operation(summary = "An employer's HR users (its HR staff: their own organisation's only)")
  List<Employers.Member> members(@Parameter(example = CODE) @PathVariable String creditCode, Authentication caller) {
    return employers.members(readable(creditCode, caller).creditCode());
  }

  @PutMapping("/{creditCode}/members/{userId}")
  @PreAuthorize(Access.MANAGE_EMPLOYERS)
  @Operation(summary = "Make a user one of the employer's HR staff (the user must exist and hold no other role)")
  @ApiResponse(responseCode = "200", description = "The user is HR staff of the employer (naming them again changes "
      + "nothing)")
  @ApiResponse(responseCode = "409", description = "The user is an HR user of another employer.")
  Organisation addMember(@Parameter(example = CODE) @PathVariable String creditCode,
      @Parameter(example = "hr1") @PathVariable String userId, Authentication caller) {
    return employers.addMember(creditCode, userId, caller.getName());
  }

  @DeleteMapping("/{creditCode}/members/{userId}")
  @PreAuthorize(Access.MANAGE_EMPLOYERS)
  @Operation(summary = "End a user's work as the employer's HR staff; 204")
  @ApiResponse(responseCode = "204", description = "The user is no longer HR staff, nor in their group")
  ResponseEntity<Void> removeMember(@Parameter(example = CODE) @PathVariable String creditCode,
      @Parameter(example = "hr1") @PathVariable String userId, Authentication caller) {
    employers.removeMember(creditCode, userId, caller.getName());
    return ResponseEntity.noContent().build();
  }

  /** Administrators read every employer; HR staff their own, and another answers 404. */
  private Organisation readable(String creditCode, Authentication caller) {
    Organisation organisation = employers.byCreditCode(creditCode);
    if (Roles.has(caller, Roles.ADMIN)) {
      return organisation;
    }
    return employers.organisationOf(caller.getName()).filter(own -> own.id().equals(organisation.id()))
        .orElseThrow(() -> new NotFoundException("no employer " + creditCode));
  }
}
