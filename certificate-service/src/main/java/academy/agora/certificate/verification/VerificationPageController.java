package academy.agora.certificate.verification;

import java.nio.charset.StandardCharsets;

import academy.agora.certificate.issuing.domain.CertificateIssuing;
import academy.agora.certificate.issuing.domain.CertificateNotFoundException;
import academy.agora.certificate.issuing.domain.VerificationCode;
import reactor.core.publisher.Mono;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The page that the link and QR code on a certificate open: anyone, without signing in or
 * running scripts, sees whether the certificate stands and what it states. An unknown or
 * malformed code gets a page of its own with status 404.
 * <p>
 * Spring Security already adds {@code X-Content-Type-Options: nosniff},
 * {@code X-Frame-Options: DENY} and {@code Referrer-Policy: no-referrer} to every
 * response; this adds the content security policy, and {@code no-store} in place of
 * Security's cache headers, so that a revocation shows at once.
 */
@RestController
class VerificationPageController {

	private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

	private final CertificateIssuing issuing;

	VerificationPageController(CertificateIssuing issuing) {
		this.issuing = issuing;
	}

	@GetMapping("/verify/{code}")
	Mono<ResponseEntity<String>> page(@PathVariable String code, @RequestParam(required = false) String lang) {
		return Mono.justOrEmpty(VerificationCode.parse(code))
			.flatMap((parsed) -> this.issuing.verify(parsed).onErrorComplete(CertificateNotFoundException.class))
			.map((statement) -> html(HttpStatus.OK, VerificationPage.of(statement, lang)))
			.switchIfEmpty(Mono.fromSupplier(() -> html(HttpStatus.NOT_FOUND, VerificationPage.unknownCode(lang))));
	}

	private static ResponseEntity<String> html(HttpStatus status, String page) {
		return ResponseEntity.status(status)
			.contentType(HTML)
			.cacheControl(CacheControl.noStore())
			.header("Content-Security-Policy", VerificationPage.CONTENT_SECURITY_POLICY)
			.body(page);
	}

}
