package academy.agora.certificate.issuing.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.random.RandomGenerator;

import academy.agora.certificate.issuing.domain.Certificate.Statement.Standing;
import academy.agora.events.certificate.CertificateIssued;
import academy.agora.events.certificate.CertificateReinstated;
import academy.agora.events.certificate.CertificateReissued;
import academy.agora.events.certificate.CertificateRevoked;
import academy.agora.events.certificate.CertificateSuspended;
import academy.agora.support.access.Viewer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CertificateIssuingTests {

	private static final Instant NOW = Instant.parse("2025-03-14T09:30:00.123456789Z");

	/** What the store keeps of {@link #NOW}. */
	private static final Instant ISSUED_AT = Instant.parse("2025-03-14T09:30:00.123Z");

	private static final Viewer COORDINATOR = Viewer.of("ivana", List.of("coordinator"), "Ohrid");

	private final InMemoryCertificates store = new InMemoryCertificates();

	private final CertificateIssuing issuing = issuing(new Random(7));

	@Test
	void aCompletionIssuesAValidCertificateStatingWhatWasCompletedInTheLearnersLanguage() {
		CertificateIssuing.Outcome outcome = this.issuing.issue(completion("enrolment-1", "ana", false)).block();

		assertThat(outcome.newlyIssued()).isTrue();
		Certificate certificate = outcome.certificate();
		assertThat(certificate.enrolmentId()).isEqualTo("enrolment-1");
		assertThat(certificate.learnerId()).isEqualTo("ana");
		assertThat(certificate.learnerName()).isEqualTo("Ана Трајковска");
		assertThat(certificate.courseTitle()).isEqualTo("Организирање граѓанско собрание");
		assertThat(certificate.courseTitles()).containsKeys("en", "mk");
		assertThat(certificate.language()).isEqualTo("mk");
		assertThat(certificate.courseVersion()).isEqualTo(2);
		assertThat(certificate.estimatedHours()).isEqualTo(12);
		assertThat(certificate.issuer()).isEqualTo("NALAS");
		assertThat(certificate.issuedAt()).isEqualTo(ISSUED_AT);
		assertThat(certificate.status()).isEqualTo(CertificateStatus.VALID);
		assertThat(certificate.statusEntries()).isNotNull();
		assertThat(VerificationCode.parse(certificate.verificationCode()))
			.hasValue(new VerificationCode(certificate.verificationCode()));
		assertThat(this.store.events).singleElement()
			.isEqualTo(new CertificateIssued(certificate.id(), "enrolment-1", "ana", "course-1", 2,
					certificate.verificationCode(), ISSUED_AT));
	}

	@Test
	void aReplayedCompletionIssuesNoSecondCertificate() {
		Certificate first = this.issuing.issue(completion("enrolment-1", "ana", false)).block().certificate();

		CertificateIssuing.Outcome again = this.issuing.issue(completion("enrolment-1", "ana", false)).block();

		assertThat(again.newlyIssued()).isFalse();
		assertThat(again.certificate()).isEqualTo(first);
		assertThat(this.store.byId).hasSize(1);
		assertThat(this.store.events).hasSize(1);
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
		CertificateIssuing clashing = issuing(repeating);
		clashing.issue(completion("enrolment-1", "ana", false)).block();

		CertificateIssuing.Outcome outcome = clashing.issue(completion("enrolment-2", "boris", false)).block();

		assertThat(outcome.newlyIssued()).isTrue();
		assertThat(outcome.certificate().verificationCode()).isNotEqualTo("0000-0000-0000-0000");
		assertThat(this.store.byId).hasSize(2);
	}

	@Test
	void aCourseRequiringApprovalHoldsTheCertificateUntilACoordinatorApproves() {
		Certificate pending = this.issuing.issue(completion("enrolment-1", "ana", true)).block().certificate();

		assertThat(pending.status()).isEqualTo(CertificateStatus.PENDING);
		assertThat(pending.issuedAt()).isNull();
		assertThat(this.store.events).as("nothing issued yet").isEmpty();
		assertThatExceptionOfType(CertificateNotFoundException.class)
			.isThrownBy(() -> this.issuing.verify(new VerificationCode(pending.verificationCode())).block());
		assertThat(this.issuing.list(COORDINATOR, new CertificateFilter(CertificateStatus.PENDING, null, null, 10))
			.collectList()
			.block()).extracting(Certificate::id).containsExactly(pending.id());

		Certificate approved = this.issuing.approve(COORDINATOR, pending.id()).block();
		Certificate again = this.issuing.approve(COORDINATOR, pending.id()).block();

		assertThat(approved.status()).isEqualTo(CertificateStatus.VALID);
		assertThat(approved.issuedAt()).isEqualTo(ISSUED_AT);
		assertThat(approved.history()).extracting(StatusChange::action)
			.containsExactly(StatusChange.Action.AWAITING_APPROVAL, StatusChange.Action.APPROVED);
		assertThat(again).isEqualTo(approved);
		assertThat(this.store.events).singleElement().isInstanceOf(CertificateIssued.class);
		assertThat(this.issuing.verify(new VerificationCode(approved.verificationCode())).block().standing())
			.isEqualTo(Standing.VALID);
	}

	@Test
	void suspendReinstateAndRevokeAreEachAnnouncedOnceAndRevocationIsFinal() {
		Certificate issued = this.issuing.issue(completion("enrolment-1", "ana", false)).block().certificate();
		VerificationCode code = new VerificationCode(issued.verificationCode());

		this.issuing.suspend(COORDINATOR, issued.id(), "Complaint under review").block();
		this.issuing.suspend(COORDINATOR, issued.id(), "Complaint under review").block();
		assertThat(this.issuing.verify(code).block().standing()).isEqualTo(Standing.SUSPENDED);
		this.issuing.reinstate(COORDINATOR, issued.id(), "Complaint unfounded").block();
		this.issuing.reinstate(COORDINATOR, issued.id(), "Complaint unfounded").block();
		assertThat(this.issuing.verify(code).block().standing()).isEqualTo(Standing.VALID);
		Certificate revoked = this.issuing.revoke(COORDINATOR, issued.id(), "Issued in error").block();
		this.issuing.revoke(COORDINATOR, issued.id(), "Issued in error").block();

		assertThat(this.issuing.verify(code).block().standing()).isEqualTo(Standing.REVOKED);
		assertThat(this.store.events).extracting(Object::getClass)
			.containsExactly(CertificateIssued.class, CertificateSuspended.class, CertificateReinstated.class,
					CertificateRevoked.class);
		assertThat(revoked.history()).extracting(StatusChange::action, StatusChange::by, StatusChange::reason)
			.endsWith(org.assertj.core.groups.Tuple.tuple(StatusChange.Action.REVOKED, "ivana", "Issued in error"));
		assertThatExceptionOfType(CertificateStateException.class)
			.isThrownBy(() -> this.issuing.reinstate(COORDINATOR, issued.id(), "Changed my mind").block());
		assertThatExceptionOfType(CertificateStateException.class)
			.isThrownBy(() -> this.issuing.suspend(COORDINATOR, issued.id(), "Again").block());
	}

	@Test
	void aNameCorrectionReissuesUnderANewCodeAndTheOldCodeShowsAsSuperseded() {
		Certificate issued = this.issuing.issue(completion("enrolment-1", "ana", false)).block().certificate();

		Certificate corrected = this.issuing
			.correctName(COORDINATOR, issued.id(), " Ана Трајковска-Петровска ", "Married name")
			.block();
		Certificate again = this.issuing
			.correctName(COORDINATOR, issued.id(), "Ана Трајковска-Петровска", "Married name")
			.block();

		assertThat(corrected.id()).isEqualTo(issued.id());
		assertThat(corrected.learnerName()).isEqualTo("Ана Трајковска-Петровска");
		assertThat(corrected.verificationCode()).isNotEqualTo(issued.verificationCode());
		assertThat(corrected.statusEntries()).isNotEqualTo(issued.statusEntries());
		assertThat(again).as("the same correction again changes nothing").isEqualTo(corrected);
		Certificate.Statement old = this.issuing.verify(new VerificationCode(issued.verificationCode())).block();
		assertThat(old.standing()).isEqualTo(Standing.SUPERSEDED);
		assertThat(old.learnerName()).as("what the old printout shows").isEqualTo("Ана Трајковска");
		Certificate.Statement current = this.issuing.verify(new VerificationCode(corrected.verificationCode())).block();
		assertThat(current.standing()).isEqualTo(Standing.VALID);
		assertThat(current.learnerName()).isEqualTo("Ана Трајковска-Петровска");
		assertThat(this.store.events).last()
			.isEqualTo(new CertificateReissued(issued.id(), "enrolment-1", "ana", issued.verificationCode(),
					corrected.verificationCode(), ISSUED_AT));
	}

	@Test
	void coordinatorsActOnlyWithinTheirMunicipalityAndCohortsAndNeverOnTheirOwnCertificate() {
		Certificate ana = this.issuing.issue(completion("enrolment-1", "ana", false)).block().certificate();
		Certificate own = this.issuing.issue(completionOf("enrolment-2", "ivana", "Ohrid", null)).block().certificate();
		Certificate cohort = this.issuing.issue(completionOf("enrolment-3", "marko", "Kragujevac", "cohort-7"))
			.block()
			.certificate();
		this.store.cohorts.put("cohort-7", new CoordinatedCohorts.Cohort("cohort-7", "ivana", null, null));
		Viewer elsewhere = Viewer.of("petar", List.of("coordinator"), "Tirana");
		Viewer learner = Viewer.of("boris", List.of("learner"), "Ohrid");

		assertThat(this.issuing.find(COORDINATOR, ana.id()).block()).isNotNull();
		assertThat(this.issuing.find(COORDINATOR, cohort.id()).block()).as("a cohort she runs").isNotNull();
		assertThat(this.issuing.find(Viewer.of("ana", List.of("learner"), null), ana.id()).block()).as("her own")
			.isNotNull();
		for (Viewer outsider : List.of(elsewhere, learner)) {
			assertThatExceptionOfType(CertificateNotFoundException.class)
				.isThrownBy(() -> this.issuing.find(outsider, ana.id()).block());
			assertThatExceptionOfType(CertificateNotFoundException.class)
				.isThrownBy(() -> this.issuing.revoke(outsider, ana.id(), "No").block());
		}
		assertThatExceptionOfType(CertificateNotFoundException.class)
			.isThrownBy(() -> this.issuing.correctName(COORDINATOR, own.id(), "Ivana Horvat", "Mine").block());
		assertThat(this.issuing.find(Viewer.of("admin", List.of("admin"), null), cohort.id()).block()).isNotNull();
		assertThat(this.store.byId.get(ana.id()).status()).isEqualTo(CertificateStatus.VALID);
	}

	@Test
	void anErasureRemovesTheNameRevokesAndStopsLaterCompletionsFromIssuing() {
		Certificate issued = this.issuing.issue(completion("enrolment-1", "ana", false)).block().certificate();
		this.issuing.correctName(COORDINATOR, issued.id(), "Ana T.", "Shorter").block();
		Instant erasedAt = NOW.plusSeconds(60);

		assertThat(this.issuing.erase("ana", erasedAt).block()).isEqualTo(1);
		assertThat(this.issuing.erase("ana", erasedAt).block()).as("again: nothing more").isZero();

		Certificate erased = this.store.byId.get(issued.id());
		assertThat(erased.learnerId()).isNull();
		assertThat(erased.learnerName()).isNull();
		assertThat(erased.municipality()).isNull();
		assertThat(erased.previousIssues()).extracting(PreviousIssue::learnerName).containsOnlyNulls();
		assertThat(erased.history()).extracting(StatusChange::reason).containsOnlyNulls();
		assertThat(erased.status()).isEqualTo(CertificateStatus.REVOKED);
		Certificate.Statement statement = this.issuing.verify(new VerificationCode(erased.verificationCode())).block();
		assertThat(statement.standing()).isEqualTo(Standing.REVOKED);
		assertThat(statement.learnerName()).isNull();
		assertThat(this.issuing.heldBy("ana").collectList().block()).isEmpty();

		assertThat(this.issuing.issue(completion("enrolment-2", "ana", false)).block())
			.as("a completion from before the erasure, arriving late")
			.isNull();
		Completion afterwards = new Completion("enrolment-3", "ana", "Ana", null, null, null, "course-1", 2, "Title",
				Map.of(), null, null, erasedAt.plusSeconds(1), false, null);
		assertThat(this.issuing.issue(afterwards).block().newlyIssued()).as("she came back").isTrue();
	}

	private CertificateIssuing issuing(RandomGenerator random) {
		return new CertificateIssuing(this.store, this.store, this.store, this.store, "NALAS",
				Clock.fixed(NOW, ZoneOffset.UTC), random);
	}

	private static Completion completion(String enrolmentId, String learnerId, boolean approvalRequired) {
		return new Completion(enrolmentId, learnerId, "Ана Трајковска", "Ohrid", null, null, "course-1", 2,
				"Organising a citizens' assembly",
				Map.of("en", "Organising a citizens' assembly", "mk", "Организирање граѓанско собрание"), "mk", 12,
				NOW.minusSeconds(60), approvalRequired, null);
	}

	private static Completion completionOf(String enrolmentId, String learnerId, String municipality, String cohortId) {
		return new Completion(enrolmentId, learnerId, learnerId, municipality, null, cohortId, "course-1", 2, "Title",
				Map.of(), null, null, NOW.minusSeconds(60), false, null);
	}

}
