package academy.agora.certificate.issuing.web;

import academy.agora.certificate.issuing.domain.CertificateIssuing;
import reactor.core.publisher.Flux;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in learner's own certificates; whose they are comes from the token, never
 * from the request.
 */
@RestController
@RequestMapping("/api/certificates")
class MyCertificatesController {

	private final CertificateIssuing issuing;

	private final VerificationLinks links;

	MyCertificatesController(CertificateIssuing issuing, VerificationLinks links) {
		this.issuing = issuing;
		this.links = links;
	}

	@GetMapping("/mine")
	Flux<CertificateResponse> mine(@AuthenticationPrincipal Jwt jwt) {
		return this.issuing.heldBy(jwt.getSubject())
			.map((certificate) -> CertificateResponse.of(certificate, this.links));
	}

}
