package academy.agora.certificate.issuing.web;

import java.net.URI;
import java.time.ZoneId;
import java.util.Locale;

import academy.agora.certificate.issuing.domain.Certificate;
import academy.agora.certificate.issuing.domain.CertificateIssuing;
import academy.agora.certificate.issuing.domain.CertificateStatus;
import academy.agora.certificate.rendering.CertificatePdf;
import academy.agora.certificate.rendering.PrintedCertificate;
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
 * A certificate as documents its holder keeps: the PDF to print. Only a valid certificate
 * is printed; a printout is a snapshot, and whether it still stands is for the
 * verification page to say.
 */
@RestController
@RequestMapping("/api/certificates")
class CertificateDocumentsController {

	/**
	 * The zone completion dates are printed in. The programme's learners are in Central
	 * and South-East Europe (UTC+1 to UTC+3); this one is the verification page's too.
	 */
	static final ZoneId ZONE = ZoneId.of("Europe/Belgrade");

	private final CertificateIssuing issuing;

	private final CertificatePdf pdf;

	private final VerificationLinks links;

	CertificateDocumentsController(CertificateIssuing issuing, CertificatePdf pdf, VerificationLinks links) {
		this.issuing = issuing;
		this.pdf = pdf;
		this.links = links;
	}

	/**
	 * Renders off the event loop: a render takes milliseconds of CPU.
	 */
	@GetMapping(path = "/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	Mono<ResponseEntity<byte[]>> pdf(@AuthenticationPrincipal Jwt jwt, @PathVariable String id) {
		return this.issuing.find(CertificateController.viewer(jwt), id)
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

	private PrintedCertificate printed(Certificate certificate) {
		if (certificate.status() != CertificateStatus.VALID) {
			throw new CertificateNotPrintableException(certificate.id(), certificate.status());
		}
		Integer hours = (certificate.estimatedHours() != null && certificate.estimatedHours() > 0)
				? certificate.estimatedHours() : null;
		Locale language = (certificate.language() != null) ? Locale.forLanguageTag(certificate.language())
				: Locale.ENGLISH;
		return new PrintedCertificate(certificate.learnerName(), certificate.courseTitle(), certificate.courseVersion(),
				hours, certificate.completedAt().atZone(ZONE).toLocalDate(),
				(certificate.issuer() != null) ? certificate.issuer() : this.issuing.issuer(),
				certificate.verificationCode(), URI.create(this.links.forCode(certificate.verificationCode())),
				language);
	}

}
