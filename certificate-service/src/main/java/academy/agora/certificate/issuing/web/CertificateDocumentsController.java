package academy.agora.certificate.issuing.web;

import java.net.URI;
import java.util.Locale;

import academy.agora.certificate.credential.domain.AchievementClaim;
import academy.agora.certificate.credential.domain.AchievementCredentials;
import academy.agora.certificate.issuing.domain.Certificate;
import academy.agora.certificate.issuing.domain.CertificateIssuing;
import academy.agora.certificate.issuing.domain.CertificateStatus;
import academy.agora.certificate.rendering.CertificateLabels;
import academy.agora.certificate.rendering.CertificatePdf;
import academy.agora.certificate.rendering.PrintedCertificate;
import academy.agora.support.security.Viewers;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A certificate as documents its holder keeps: the PDF to print and the signed credential
 * for a wallet. Only a valid certificate is printed or signed; a printout is a snapshot,
 * and whether it still stands is for the verification page to say.
 */
@RestController
@RequestMapping("/api/certificates")
class CertificateDocumentsController {

	/** A credential secured as a JWT (W3C VC JOSE COSE). */
	static final String VC_JWT = "application/vc+jwt";

	private final CertificateIssuing issuing;

	private final CertificatePdf pdf;

	private final VerificationLinks links;

	private final AchievementCredentials credentials;

	CertificateDocumentsController(CertificateIssuing issuing, CertificatePdf pdf, VerificationLinks links,
			AchievementCredentials credentials) {
		this.issuing = issuing;
		this.pdf = pdf;
		this.links = links;
		this.credentials = credentials;
	}

	/**
	 * Renders off the event loop: a render takes milliseconds of CPU.
	 */
	@GetMapping(path = "/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	Mono<ResponseEntity<byte[]>> pdf(@AuthenticationPrincipal Jwt jwt, @PathVariable String id) {
		return this.issuing.find(Viewers.of(jwt), id)
			.map(this::printed)
			.publishOn(Schedulers.boundedElastic())
			.map((printed) -> ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_PDF)
				.cacheControl(CacheControl.noStore())
				.header("Content-Disposition",
						ContentDisposition.attachment()
							.filename("certificate-" + printed.verificationCode() + ".pdf")
							.build()
							.toString())
				.body(this.pdf.render(printed)));
	}

	/**
	 * The certificate as an Open Badges 3.0 credential, signed as a VC-JWT, for the
	 * holder's wallet. Its status entries point into the public status lists, so a wallet
	 * copy shows a later revocation or suspension.
	 */
	@GetMapping(path = "/{id}/credential", produces = VC_JWT)
	Mono<ResponseEntity<String>> credential(@AuthenticationPrincipal Jwt jwt, @PathVariable String id) {
		return this.issuing.find(Viewers.of(jwt), id)
			.map(CertificateDocumentsController::claim)
			.flatMap(this.credentials::issue)
			.map((signed) -> ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(VC_JWT))
				.cacheControl(CacheControl.noStore())
				.body(signed));
	}

	private static AchievementClaim claim(Certificate certificate) {
		printable(certificate);
		return new AchievementClaim(certificate.id(), certificate.learnerId(), certificate.learnerName(),
				certificate.courseId(), certificate.courseVersion(), certificate.courseTitle(), hours(certificate),
				certificate.completedAt(), certificate.issuedAt(), certificate.statusEntries().asList());
	}

	private static void printable(Certificate certificate) {
		if (certificate.status() != CertificateStatus.VALID) {
			throw new CertificateNotPrintableException(certificate.id(), certificate.status());
		}
	}

	private static Integer hours(Certificate certificate) {
		return (certificate.estimatedHours() != null && certificate.estimatedHours() > 0) ? certificate.estimatedHours()
				: null;
	}

	private PrintedCertificate printed(Certificate certificate) {
		printable(certificate);
		Locale language = (certificate.language() != null) ? Locale.forLanguageTag(certificate.language())
				: Locale.ENGLISH;
		return new PrintedCertificate(certificate.learnerName(), certificate.courseTitle(), certificate.courseVersion(),
				hours(certificate), certificate.completedAt().atZone(CertificateLabels.ZONE).toLocalDate(),
				(certificate.issuer() != null) ? certificate.issuer() : this.issuing.issuer(),
				certificate.verificationCode(), URI.create(this.links.forCode(certificate.verificationCode())),
				language);
	}

}
