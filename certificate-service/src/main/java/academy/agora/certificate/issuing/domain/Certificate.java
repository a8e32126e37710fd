package academy.agora.certificate.issuing.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import academy.agora.certificate.issuing.domain.StatusChange.Action;
import academy.agora.events.Event;
import academy.agora.events.certificate.CertificateIssued;
import academy.agora.events.certificate.CertificateReinstated;
import academy.agora.events.certificate.CertificateReissued;
import academy.agora.events.certificate.CertificateRevoked;
import academy.agora.events.certificate.CertificateSuspended;
import academy.agora.support.access.Scope;

/**
 * The certificate of completion of one enrolment. It states what the learner completed in
 * the words of the moment of completion (name, course title per language, hours), because
 * the service keeps no copy of the user directory or the course catalogue. One document
 * holds the whole life of the certificate (earlier issues, status changes and the events
 * they cause), so that every change is a single atomic write.
 *
 * @param id the certificate id; it stays the same through re-issues
 * @param enrolmentId the completed enrolment; at most one certificate exists per
 * enrolment
 * @param learnerId the learner's subject at the identity provider; {@code null} after an
 * erasure
 * @param learnerName the name printed on the current issue; {@code null} after an erasure
 * @param municipality the learner's municipality, for coordinators' scope
 * @param country the ISO 3166-1 alpha-2 code of the learner's country, for coordinators
 * whose reach is a country; {@code null} if unknown or erased
 * @param cohortId the cohort the course was taken in, for coordinators' scope
 * @param courseId the course
 * @param courseVersion the completed version
 * @param courseTitle the title in the certificate's language
 * @param courseTitles the title by language tag, for the verification page's language
 * switch
 * @param language the certificate's language: the one the learner studied in
 * @param estimatedHours the study time printed, if the course states it
 * @param completedAt when the course was completed
 * @param issuer the issuing organisation, as at issuance
 * @param attendance set if a coordinator recorded the completion for attendance
 * @param status where the certificate stands
 * @param verificationCode the code of the current issue, in canonical form; assigned at
 * creation, verifiable once issued
 * @param issuedAt when the current issue was made; {@code null} while pending
 * @param statusEntries the current issue's status bits; {@code null} while pending
 * @param previousIssues earlier issues superseded by re-issues, oldest first
 * @param history every step, oldest first
 * @param erasedAt when the learner was erased, or {@code null}
 * @param revision the stored revision, for optimistic concurrency; a document stored
 * before certificates had revisions reads as 0
 */
public record Certificate(String id, String enrolmentId, String learnerId, String learnerName, String municipality,
		String country, String cohortId, String courseId, int courseVersion, String courseTitle,
		Map<String, String> courseTitles, String language, Integer estimatedHours, Instant completedAt, String issuer,
		Attendance attendance, CertificateStatus status, String verificationCode, Instant issuedAt,
		StatusEntries statusEntries, List<PreviousIssue> previousIssues, List<StatusChange> history, Instant erasedAt,
		Long revision) {

	/** The longest name a certificate prints. */
	public static final int MAX_NAME_LENGTH = 200;

	public Certificate {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(enrolmentId, "enrolmentId");
		Objects.requireNonNull(courseId, "courseId");
		Objects.requireNonNull(courseTitle, "courseTitle");
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(verificationCode, "verificationCode");
		courseTitles = (courseTitles != null) ? Map.copyOf(courseTitles) : Map.of();
		previousIssues = (previousIssues != null) ? List.copyOf(previousIssues) : List.of();
		history = (history != null) ? List.copyOf(history) : List.of();
		revision = (revision != null) ? revision : 0L;
	}

	/**
	 * The certificate a completion earns: issued at once, or pending until a coordinator
	 * approves if the course requires it.
	 * @param id the new certificate's id
	 * @param completion the completed enrolment
	 * @param code the verification code
	 * @param issuer the issuing organisation
	 * @param entries the credential's status bits; {@code null} if approval is required
	 * @param now the time
	 * @return the certificate, and {@link CertificateIssued} unless it is pending
	 */
	public static Change earnedBy(String id, Completion completion, VerificationCode code, String issuer,
			StatusEntries entries, Instant now) {
		Certificate pending = new Certificate(id, completion.enrolmentId(), completion.learnerId(),
				completion.learnerName(), completion.municipality(), completion.country(), completion.cohortId(),
				completion.courseId(), completion.courseVersion(), completion.titleInLanguage(),
				completion.courseTitles(), completion.language(), completion.estimatedHours(), completion.completedAt(),
				issuer, completion.attendance(), CertificateStatus.PENDING, code.value(), null, null, List.of(),
				List.of(new StatusChange(Action.AWAITING_APPROVAL, now, null, null)), null, 0L);
		if (completion.approvalRequired()) {
			return new Change(pending, List.of());
		}
		Certificate valid = pending.with(CertificateStatus.VALID, now, entries,
				List.of(new StatusChange(Action.ISSUED, now, null, null)));
		return new Change(valid, List.of(valid.issuedEvent()));
	}

	/**
	 * Approves a pending certificate, which issues it. Approving again changes nothing.
	 * @param by the approving coordinator
	 * @param entries the credential's status bits
	 * @param now the time
	 * @return the change
	 * @throws CertificateStateException if it was rejected (revoked while pending)
	 */
	public Change approve(String by, StatusEntries entries, Instant now) {
		if (this.status == CertificateStatus.REVOKED) {
			throw new CertificateStateException(this.id, this.status, "approved");
		}
		if (this.status != CertificateStatus.PENDING) {
			return unchanged();
		}
		Certificate valid = with(CertificateStatus.VALID, now, entries, step(Action.APPROVED, now, by, null));
		return new Change(valid, List.of(valid.issuedEvent()));
	}

	/**
	 * Suspends a valid certificate. Suspending again changes nothing.
	 * @param by the coordinator
	 * @param reason why
	 * @param now the time
	 * @return the change
	 * @throws CertificateStateException if it is pending or revoked
	 */
	public Change suspend(String by, String reason, Instant now) {
		if (this.status == CertificateStatus.SUSPENDED) {
			return unchanged();
		}
		if (this.status != CertificateStatus.VALID) {
			throw new CertificateStateException(this.id, this.status, "suspended");
		}
		return new Change(with(CertificateStatus.SUSPENDED, step(Action.SUSPENDED, now, by, reason)),
				List.of(new CertificateSuspended(this.id, this.enrolmentId, this.learnerId, now)));
	}

	/**
	 * Lifts a suspension. Reinstating a valid certificate changes nothing.
	 * @param by the coordinator
	 * @param reason why
	 * @param now the time
	 * @return the change
	 * @throws CertificateStateException if it is pending or revoked: revocation is final
	 */
	public Change reinstate(String by, String reason, Instant now) {
		if (this.status == CertificateStatus.VALID) {
			return unchanged();
		}
		if (this.status != CertificateStatus.SUSPENDED) {
			throw new CertificateStateException(this.id, this.status, "reinstated");
		}
		return new Change(with(CertificateStatus.VALID, step(Action.REINSTATED, now, by, reason)),
				List.of(new CertificateReinstated(this.id, this.enrolmentId, this.learnerId, now)));
	}

	/**
	 * Revokes the certificate for good. A pending one is thereby rejected: it was never
	 * issued, so nothing is announced. Revoking again changes nothing.
	 * @param by the coordinator
	 * @param reason why
	 * @param now the time
	 * @return the change
	 */
	public Change revoke(String by, String reason, Instant now) {
		if (this.status == CertificateStatus.REVOKED) {
			return unchanged();
		}
		List<Event> events = (this.status == CertificateStatus.PENDING) ? List.of()
				: List.of(new CertificateRevoked(this.id, this.enrolmentId, this.learnerId, now));
		return new Change(with(CertificateStatus.REVOKED, step(Action.REVOKED, now, by, reason)), events);
	}

	/**
	 * Whether correcting the name to this one issues the certificate again, under a new
	 * code with new status bits: the caller then provides them.
	 * @param name the corrected name
	 * @return {@code true} if an issued certificate would print another name
	 */
	public boolean isReissuedFor(String name) {
		return this.issuedAt != null && this.status != CertificateStatus.REVOKED && !name.equals(this.learnerName);
	}

	/**
	 * Corrects the printed name. An issued certificate is issued again under a new code:
	 * the printout with the old name must stop verifying as current, so its code then
	 * answers SUPERSEDED and its credential is revoked. A pending certificate just takes
	 * the name. The same name again changes nothing.
	 * @param name the corrected name
	 * @param by the coordinator
	 * @param reason why
	 * @param code the new code, used if the certificate is issued again
	 * @param entries the new status bits, used if the certificate is issued again
	 * @param now the time
	 * @return the change
	 * @throws CertificateStateException if it is revoked
	 */
	public Change correctName(String name, String by, String reason, VerificationCode code, StatusEntries entries,
			Instant now) {
		if (this.status == CertificateStatus.REVOKED) {
			throw new CertificateStateException(this.id, this.status, "re-issued");
		}
		if (name.equals(this.learnerName)) {
			return unchanged();
		}
		List<StatusChange> history = step(Action.REISSUED, now, by, reason);
		if (this.issuedAt == null) {
			return new Change(copy(name, this.status, this.verificationCode, this.issuedAt, this.statusEntries,
					this.previousIssues, history), List.of());
		}
		List<PreviousIssue> previous = new ArrayList<>(this.previousIssues);
		previous
			.add(new PreviousIssue(this.verificationCode, this.learnerName, this.issuedAt, now, this.statusEntries));
		Certificate reissued = copy(name, this.status, code.value(), now, entries, previous, history);
		return new Change(reissued, List.of(new CertificateReissued(this.id, this.enrolmentId, this.learnerId,
				this.verificationCode, code.value(), now)));
	}

	/**
	 * Removes the learner's personal data at their request, and revokes the certificate:
	 * a printout or credential without the person behind it must not keep verifying as
	 * valid. The code keeps answering REVOKED, without a name, so that whoever holds a
	 * copy learns it no longer stands. Nothing is announced: the erasure was.
	 * @param erasedAt when the learner was erased
	 * @return the change
	 */
	public Change erase(Instant erasedAt) {
		if (this.erasedAt != null) {
			return unchanged();
		}
		List<PreviousIssue> previous = this.previousIssues.stream()
			.map((issue) -> new PreviousIssue(issue.verificationCode(), null, issue.issuedAt(), issue.supersededAt(),
					issue.statusEntries()))
			.toList();
		List<StatusChange> history = new ArrayList<>(this.history.stream()
			.map((change) -> new StatusChange(change.action(), change.at(), change.by(), null))
			.toList());
		history.add(new StatusChange(Action.ERASED, erasedAt, null, null));
		Attendance attendance = (this.attendance != null) ? new Attendance(this.attendance.recordedBy(), null) : null;
		return new Change(new Certificate(this.id, this.enrolmentId, null, null, null, null, this.cohortId,
				this.courseId, this.courseVersion, this.courseTitle, this.courseTitles, this.language,
				this.estimatedHours, this.completedAt, this.issuer, attendance, CertificateStatus.REVOKED,
				this.verificationCode, this.issuedAt, this.statusEntries, previous, history, erasedAt, this.revision),
				List.of());
	}

	/**
	 * What a verification code of this certificate states.
	 * @param code the code asked about
	 * @return the statement, or empty if the code is not one of this certificate's issued
	 * codes
	 */
	public Optional<Statement> statementFor(VerificationCode code) {
		if (this.issuedAt != null && this.verificationCode.equals(code.value())) {
			return Optional.of(new Statement(this, Statement.Standing.valueOf(this.status.name()),
					this.verificationCode, this.learnerName, this.issuedAt, lastChangeAt()));
		}
		return this.previousIssues.stream()
			.filter((issue) -> issue.verificationCode().equals(code.value()))
			.findFirst()
			.map((issue) -> new Statement(this, Statement.Standing.SUPERSEDED, issue.verificationCode(),
					issue.learnerName(), issue.issuedAt(), issue.supersededAt()));
	}

	public boolean isHeldBy(String learnerId) {
		return learnerId != null && learnerId.equals(this.learnerId);
	}

	public boolean isIn(Scope scope) {
		return scope.includes(this.municipality, this.country, this.cohortId);
	}

	public Certificate withRevision(Long revision) {
		return new Certificate(this.id, this.enrolmentId, this.learnerId, this.learnerName, this.municipality,
				this.country, this.cohortId, this.courseId, this.courseVersion, this.courseTitle, this.courseTitles,
				this.language, this.estimatedHours, this.completedAt, this.issuer, this.attendance, this.status,
				this.verificationCode, this.issuedAt, this.statusEntries, this.previousIssues, this.history,
				this.erasedAt, revision);
	}

	private Instant lastChangeAt() {
		return this.history.isEmpty() ? this.issuedAt : this.history.get(this.history.size() - 1).at();
	}

	private CertificateIssued issuedEvent() {
		return new CertificateIssued(this.id, this.enrolmentId, this.learnerId, this.courseId, this.courseVersion,
				this.verificationCode, this.issuedAt);
	}

	private Change unchanged() {
		return new Change(this, List.of(), false);
	}

	private List<StatusChange> step(Action action, Instant at, String by, String reason) {
		List<StatusChange> history = new ArrayList<>(this.history);
		history.add(new StatusChange(action, at, by, reason));
		return history;
	}

	private Certificate with(CertificateStatus status, List<StatusChange> history) {
		return copy(this.learnerName, status, this.verificationCode, this.issuedAt, this.statusEntries,
				this.previousIssues, history);
	}

	private Certificate with(CertificateStatus status, Instant issuedAt, StatusEntries entries,
			List<StatusChange> history) {
		Objects.requireNonNull(entries, "an issued certificate has status entries");
		return copy(this.learnerName, status, this.verificationCode, issuedAt, entries, this.previousIssues, history);
	}

	private Certificate copy(String learnerName, CertificateStatus status, String verificationCode, Instant issuedAt,
			StatusEntries statusEntries, List<PreviousIssue> previousIssues, List<StatusChange> history) {
		return new Certificate(this.id, this.enrolmentId, this.learnerId, learnerName, this.municipality, this.country,
				this.cohortId, this.courseId, this.courseVersion, this.courseTitle, this.courseTitles, this.language,
				this.estimatedHours, this.completedAt, this.issuer, this.attendance, status, verificationCode, issuedAt,
				statusEntries, previousIssues, history, this.erasedAt, this.revision);
	}

	/**
	 * A certificate after a change, and the events the change caused, to be stored
	 * together.
	 *
	 * @param certificate the certificate afterwards
	 * @param events the events
	 * @param changed whether anything changed; a repeated action changes nothing
	 */
	public record Change(Certificate certificate, List<Event> events, boolean changed) {

		public Change {
			events = List.copyOf(events);
		}

		Change(Certificate certificate, List<Event> events) {
			this(certificate, events, true);
		}

	}

	/**
	 * What one verification code states, for anyone holding it.
	 *
	 * @param certificate the certificate the code belongs to
	 * @param standing the status of this code's issue
	 * @param verificationCode the code
	 * @param learnerName the name printed under this code; {@code null} after an erasure
	 * @param issuedAt when this code's issue was made
	 * @param since when the standing began
	 */
	public record Statement(Certificate certificate, Standing standing, String verificationCode, String learnerName,
			Instant issuedAt, Instant since) {

		public enum Standing {

			VALID, SUSPENDED, REVOKED,

			/** Replaced by a re-issue under another code. */
			SUPERSEDED

		}

	}

}
