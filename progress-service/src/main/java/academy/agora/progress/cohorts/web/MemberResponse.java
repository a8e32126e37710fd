package academy.agora.progress.cohorts.web;

import java.time.Instant;
import java.util.List;

import academy.agora.progress.enrolment.domain.Enrolment;

/**
 * A member of a cohort and their progress.
 */
record MemberResponse(String enrolmentId, String learnerId, String name, String municipality, Enrolment.Status status,
		int percentComplete, Instant enrolledAt, Instant completedAt, Instant lastActivityAt, boolean certified) {

	static final List<String> CSV_HEADER = List.of("enrolmentId", "learnerId", "name", "municipality", "status",
			"percentComplete", "enrolledAt", "completedAt", "lastActivityAt", "certified");

	static MemberResponse of(Enrolment enrolment) {
		return new MemberResponse(enrolment.id(), enrolment.learnerId(), enrolment.learnerName(),
				enrolment.municipality(), enrolment.status(), enrolment.percentComplete(), enrolment.enrolledAt(),
				enrolment.completedAt(), enrolment.lastActivityAt(), enrolment.isCertified());
	}

	List<Object> csv() {
		return java.util.Arrays.asList(this.enrolmentId, this.learnerId, this.name, this.municipality, this.status,
				this.percentComplete, this.enrolledAt, this.completedAt, this.lastActivityAt, this.certified);
	}

}
