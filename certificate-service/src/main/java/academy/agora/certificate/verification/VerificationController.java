package academy.agora.certificate.verification;

import academy.agora.certificate.issuing.domain.CertificateIssuing;
import academy.agora.certificate.issuing.domain.CertificateNotFoundException;
import academy.agora.certificate.issuing.domain.VerificationCode;
import reactor.core.publisher.Mono;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public verification, no sign-in. The code is read the way people type it from paper; a
 * code that cannot be one answers 404 like an unknown one. Answers are never cached, so
 * that a revoked certificate stops verifying at once.
 */
@RestController
@RequestMapping("/api/verify")
class VerificationController {

	private final CertificateIssuing issuing;

	VerificationController(CertificateIssuing issuing) {
		this.issuing = issuing;
	}

	@GetMapping("/{code}")
	Mono<ResponseEntity<VerificationResponse>> verify(@PathVariable String code) {
		return Mono.justOrEmpty(VerificationCode.parse(code))
			.switchIfEmpty(Mono.error(CertificateNotFoundException::new))
			.flatMap(this.issuing::verify)
			.map((statement) -> ResponseEntity.ok()
				.cacheControl(CacheControl.noStore())
				.body(VerificationResponse.of(statement)));
	}

}
