package academy.agora.certificate.issuing.web;

import java.util.Locale;

import academy.agora.certificate.issuing.domain.Certificate;
import academy.agora.certificate.issuing.domain.CertificateFilter;
import academy.agora.certificate.issuing.domain.CertificateIssuing;
import academy.agora.certificate.issuing.domain.CertificateStatus;
import academy.agora.support.security.Viewers;
import academy.agora.support.web.InvalidParameterException;
import jakarta.validation.Valid;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * One certificate, for its learner and for staff in scope, and what coordinators do with
 * certificates: list them, approve pending ones, suspend, reinstate, revoke, and correct
 * the printed name. Repeating an action answers 200 and changes nothing. Who may call
 * what is in the security configuration; whose certificates they reach is the domain's
 * scope, and anything outside it answers 404.
 */
@RestController
@RequestMapping("/api/certificates")
class CertificateController {

	private final CertificateIssuing issuing;

	private final VerificationLinks links;

	CertificateController(CertificateIssuing issuing, VerificationLinks links) {
		this.issuing = issuing;
		this.links = links;
	}

	@GetMapping
	Flux<CertificateResponse> list(@AuthenticationPrincipal Jwt jwt, @RequestParam(required = false) String status,
			@RequestParam(required = false) String courseId, @RequestParam(required = false) String cohortId,
			@RequestParam(defaultValue = "100") int limit) {
		CertificateFilter filter = new CertificateFilter(status(status), courseId, cohortId, limit(limit));
		return this.issuing.list(Viewers.of(jwt), filter).map(this::response);
	}

	@GetMapping("/{id}")
	Mono<CertificateResponse> get(@AuthenticationPrincipal Jwt jwt, @PathVariable String id) {
		return this.issuing.find(Viewers.of(jwt), id).map(this::response);
	}

	@PostMapping("/{id}/approval")
	Mono<CertificateResponse> approve(@AuthenticationPrincipal Jwt jwt, @PathVariable String id) {
		return this.issuing.approve(Viewers.of(jwt), id).map(this::response);
	}

	@PostMapping("/{id}/suspension")
	Mono<CertificateResponse> suspend(@AuthenticationPrincipal Jwt jwt, @PathVariable String id,
			@Valid @RequestBody ReasonRequest request) {
		return this.issuing.suspend(Viewers.of(jwt), id, request.reason().strip()).map(this::response);
	}

	@PostMapping("/{id}/reinstatement")
	Mono<CertificateResponse> reinstate(@AuthenticationPrincipal Jwt jwt, @PathVariable String id,
			@Valid @RequestBody ReasonRequest request) {
		return this.issuing.reinstate(Viewers.of(jwt), id, request.reason().strip()).map(this::response);
	}

	@PostMapping("/{id}/revocation")
	Mono<CertificateResponse> revoke(@AuthenticationPrincipal Jwt jwt, @PathVariable String id,
			@Valid @RequestBody ReasonRequest request) {
		return this.issuing.revoke(Viewers.of(jwt), id, request.reason().strip()).map(this::response);
	}

	@PostMapping("/{id}/name-correction")
	Mono<CertificateResponse> correctName(@AuthenticationPrincipal Jwt jwt, @PathVariable String id,
			@Valid @RequestBody NameCorrectionRequest request) {
		return this.issuing.correctName(Viewers.of(jwt), id, request.name(), request.reason().strip())
			.map(this::response);
	}

	private CertificateResponse response(Certificate certificate) {
		return CertificateResponse.of(certificate, this.links);
	}

	private static CertificateStatus status(String status) {
		if (status == null || status.isBlank()) {
			return null;
		}
		try {
			return CertificateStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidParameterException("status", "must be one of pending, valid, suspended, revoked");
		}
	}

	private static int limit(int limit) {
		if (limit < 1 || limit > CertificateFilter.MAX_LIMIT) {
			throw new InvalidParameterException("limit", "must be between 1 and " + CertificateFilter.MAX_LIMIT);
		}
		return limit;
	}

}
