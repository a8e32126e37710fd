package academy.agora.certificate.issuing.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;
import java.util.random.RandomGenerator;

import academy.agora.events.certificate.CertificateIssued;
import academy.agora.events.progress.CourseCompleted;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CertificateIssuingTests {

	private static final Instant NOW = Instant.parse("2025-03-14T09:30:00.123456789Z");

	/** What the store keeps of {@link #NOW}. */
	private static final Instant ISSUED_AT = Instant.parse("2025-03-14T09:30:00.123Z");

	private final InMemoryCertificates certificates = new InMemoryCertificates();

	private final CertificateIssuing issuing = new CertificateIssuing(this.certificates,
			Clock.fixed(NOW, ZoneOffset.UTC), new Random(7));

	@Test
	void aCompletionIssuesAValidCertificateStatingWhatWasCompleted() {
		CertificateIssuing.Outcome outcome = this.issuing.issue(completion("enrolment-1", "ana")).block();

		assertThat(outcome.newlyIssued()).isTrue();
		Certificate certificate = outcome.certificate();
		assertThat(certificate.id()).isNotBlank();
		assertThat(certificate.enrolmentId()).isEqualTo("enrolment-1");
		assertThat(certificate.learnerId()).isEqualTo("ana");
		assertThat(certificate.learnerName()).isEqualTo("Ana Petrović");
		assertThat(certificate.courseId()).isEqualTo("course-1");
		assertThat(certificate.courseVersion()).isEqualTo(2);
		assertThat(certificate.courseTitle()).isEqualTo("Organising a citizens' assembly");
		assertThat(certificate.issuedAt()).isEqualTo(ISSUED_AT);
		assertThat(certificate.status()).isEqualTo(CertificateStatus.VALID);
		assertThat(VerificationCode.parse(certificate.verificationCode()))
			.hasValue(new VerificationCode(certificate.verificationCode()));
		assertThat(this.certificates.byId).containsOnlyKeys(certificate.id());
	}

	@Test
	void theIssueIsAnnouncedWithTheCertificatesCodeAndTimeKeyedByLearner() {
		Certificate certificate = this.issuing.issue(completion("enrolment-1", "ana")).block().certificate();

		assertThat(this.certificates.events).singleElement()
			.isEqualTo(new CertificateIssued(certificate.id(), "enrolment-1", "ana", "course-1", 2,
					certificate.verificationCode(), ISSUED_AT))
			.satisfies((event) -> assertThat(event.key()).isEqualTo("ana"));
	}

	@Test
	void aReplayedCompletionIssuesNoSecondCertificate() {
		Certificate first = this.issuing.issue(completion("enrolment-1", "ana")).block().certificate();

		CertificateIssuing.Outcome again = this.issuing.issue(completion("enrolment-1", "ana")).block();

		assertThat(again.newlyIssued()).isFalse();
		assertThat(again.certificate()).isEqualTo(first);
		assertThat(this.certificates.byId).hasSize(1);
		assertThat(this.certificates.events).hasSize(1);
	}

	@Test
	void eachEnrolmentGetsItsOwnCertificateAndCode() {
		Certificate first = this.issuing.issue(completion("enrolment-1", "ana")).block().certificate();
		Certificate second = this.issuing.issue(completion("enrolment-2", "ana")).block().certificate();

		assertThat(second.id()).isNotEqualTo(first.id());
		assertThat(second.verificationCode()).isNotEqualTo(first.verificationCode());
		assertThat(this.issuing.heldBy("ana").collectList().block()).hasSize(2);
		assertThat(this.issuing.heldBy("boris").collectList().block()).isEmpty();
	}

	@Test
	void aTakenCodeIsReplacedByAFreshOne() {
		// The first two codes drawn are the same; the third differs.
		RandomGenerator repeating = new RandomGenerator() {

			private int calls;

			@Override
			public long nextLong() {
				return 0;
			}

			@Override
			public void nextBytes(byte[] bytes) {
				java.util.Arrays.fill(bytes, (byte) ((this.calls++ < 2) ? 0 : 1));
			}

		};
		CertificateIssuing clashing = new CertificateIssuing(this.certificates, Clock.fixed(NOW, ZoneOffset.UTC),
				repeating);
		clashing.issue(completion("enrolment-1", "ana")).block();

		CertificateIssuing.Outcome outcome = clashing.issue(completion("enrolment-2", "boris")).block();

		assertThat(outcome.newlyIssued()).isTrue();
		assertThat(outcome.certificate().verificationCode()).isNotEqualTo("0000-0000-0000-0000");
		assertThat(this.certificates.byId).hasSize(2);
	}

	private static CourseCompleted completion(String enrolmentId, String learnerId) {
		return new CourseCompleted(enrolmentId, learnerId, "Ana Petrović", "course-1", 2,
				"Organising a citizens' assembly", NOW.minusSeconds(60));
	}

}
