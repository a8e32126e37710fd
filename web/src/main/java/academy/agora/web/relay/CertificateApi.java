package academy.agora.web.relay;

import java.time.Duration;
import java.time.Instant;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.ResponseEntity;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * certificate-service: the learner's certificates and their PDFs, and public
 * verification, which needs no token.
 */
public class CertificateApi {

	private final WebClient signedIn;

	private final WebClient anonymous;

	private final Duration timeout;

	CertificateApi(WebClient signedIn, WebClient anonymous, Duration timeout) {
		this.signedIn = signedIn;
		this.anonymous = anonymous;
		this.timeout = timeout;
	}

	public Flux<Certificate> mine() {
		return this.signedIn.get()
			.uri("/api/certificates/mine")
			.retrieve()
			.bodyToFlux(Certificate.class)
			.timeout(this.timeout);
	}

	/**
	 * The PDF with the service's headers (type, file name, no-store).
	 * @param certificateId the certificate
	 * @return the PDF
	 */
	public Mono<ResponseEntity<byte[]>> pdf(String certificateId) {
		return this.signedIn.get()
			.uri("/api/certificates/{id}/pdf", certificateId)
			.retrieve()
			.toEntity(byte[].class)
			.timeout(this.timeout);
	}

	/**
	 * What a verification code states; a 404 for an unknown or malformed code.
	 * @param code the code as typed or scanned
	 * @return the statement
	 */
	public Mono<Verification> verify(String code) {
		return this.anonymous.get()
			.uri("/api/verify/{code}", code)
			.retrieve()
			.bodyToMono(Verification.class)
			.timeout(this.timeout);
	}

	/**
	 * A certificate as its holder sees it; {@code verificationUrl} is {@code null} while
	 * it waits for approval.
	 */
	public record Certificate(String id, String enrolmentId, String courseId, int courseVersion, String courseTitle,
			String language, Integer estimatedHours, Instant completedAt, String learnerName, String status,
			String verificationCode, String verificationUrl, Instant issuedAt) {

		public boolean valid() {
			return "VALID".equals(this.status);
		}

	}

	/**
	 * What a code states, for anyone; {@code learnerName} is {@code null} after the
	 * learner's erasure.
	 */
	public record Verification(String status, Instant statusSince, String learnerName, String courseTitle,
			String language, int courseVersion, Integer estimatedHours, Instant completedAt, String issuer,
			Instant issuedAt, String verificationCode) {

		public boolean valid() {
			return "VALID".equals(this.status);
		}

	}

}
