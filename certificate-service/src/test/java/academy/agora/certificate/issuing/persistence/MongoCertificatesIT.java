package academy.agora.certificate.issuing.persistence;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import academy.agora.certificate.credential.domain.StatusEntry;
import academy.agora.certificate.credential.domain.StatusPurpose;
import academy.agora.certificate.issuing.domain.Certificate;
import academy.agora.certificate.issuing.domain.CertificateFilter;
import academy.agora.certificate.issuing.domain.CertificateStatus;
import academy.agora.certificate.issuing.domain.ConcurrentChangeException;
import academy.agora.certificate.issuing.domain.StatusChange;
import academy.agora.certificate.issuing.domain.StatusEntries;
import academy.agora.certificate.issuing.domain.VerificationCode;
import academy.agora.certificate.issuing.domain.VerificationCodeTakenException;
import academy.agora.events.EventType;
import academy.agora.events.certificate.CertificateIssued;
import academy.agora.support.access.Scope;
import academy.agora.support.outbox.Outbox;
import academy.agora.testsupport.TestInfrastructure;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import io.micrometer.tracing.Tracer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.IndexInfo;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The store on a MongoDB-wire server, without the rest of the application.
 */
class MongoCertificatesIT {

	private static final String DATABASE = "certificate-store-it-" + UUID.randomUUID();

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private static MongoClient client;

	private static ReactiveMongoTemplate mongo;

	private static MongoCertificates certificates;

	@BeforeAll
	static void store() {
		client = MongoClients.create(TestInfrastructure.get().mongoUri(DATABASE));
		mongo = new ReactiveMongoTemplate(client, DATABASE);
		certificates = new MongoCertificates(mongo,
				new Outbox(Clock.systemUTC(), new DefaultListableBeanFactory().getBeanProvider(Tracer.class)));
		new CertificateIndexes(mongo).afterSingletonsInstantiated();
	}

	@AfterAll
	static void closeClient() {
		client.close();
	}

	@Test
	void theCertificateAndItsEventAreOneDocument() {
		Certificate certificate = certificate("learner-" + UUID.randomUUID(), Instant.now());

		StepVerifier.create(certificates.insertIfFirstForEnrolment(certificate, List.of(issued(certificate))))
			.expectNext(true)
			.verifyComplete();

		Document stored = mongo.findById(certificate.id(), Document.class, MongoCertificates.COLLECTION).block(TIMEOUT);
		assertThat(stored).containsEntry("enrolmentId", certificate.enrolmentId())
			.containsEntry("status", "VALID")
			.containsEntry("verificationCode", certificate.verificationCode());
		assertThat(stored.getList("outbox", Document.class)).singleElement().satisfies((entry) -> {
			assertThat(entry.getString("type")).isEqualTo(EventType.CERTIFICATE_ISSUED.typeName());
			assertThat(entry.getString("key")).isEqualTo(certificate.learnerId());
		});
		assertThat(certificates.findByVerificationCode(new VerificationCode(certificate.verificationCode()))
			.block(TIMEOUT)).isEqualTo(certificate);
	}

	@Test
	void aSecondCertificateForTheSameEnrolmentIsRefusedWithoutAWrite() {
		Certificate first = certificate("learner-" + UUID.randomUUID(), Instant.now());
		certificates.insertIfFirstForEnrolment(first, List.of(issued(first))).block(TIMEOUT);
		Certificate second = certificate(UUID.randomUUID().toString(), first.enrolmentId(), first.learnerId(), "Ohrid",
				null, Instant.now(), code());

		StepVerifier.create(certificates.insertIfFirstForEnrolment(second, List.of(issued(second))))
			.expectNext(false)
			.verifyComplete();

		assertThat(mongo
			.count(new Query(Criteria.where("enrolmentId").is(first.enrolmentId())), MongoCertificates.COLLECTION)
			.block(TIMEOUT)).isOne();
	}

	@Test
	void aTakenCodeIsReportedAsSuch() {
		Certificate first = certificate("learner-" + UUID.randomUUID(), Instant.now());
		certificates.insertIfFirstForEnrolment(first, List.of()).block(TIMEOUT);
		Certificate clash = certificate(UUID.randomUUID().toString(), "enrolment-" + UUID.randomUUID(),
				first.learnerId(), "Ohrid", null, Instant.now(), first.verificationCode());

		StepVerifier.create(certificates.insertIfFirstForEnrolment(clash, List.of()))
			.expectError(VerificationCodeTakenException.class)
			.verify(TIMEOUT);
	}

	@Test
	void aLearnersCertificatesComeNewestFirst() {
		String learner = "learner-" + UUID.randomUUID();
		Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		Certificate older = certificate(learner, now.minusSeconds(3600));
		Certificate newer = certificate(learner, now);
		certificates.insertIfFirstForEnrolment(older, List.of()).block(TIMEOUT);
		certificates.insertIfFirstForEnrolment(newer, List.of()).block(TIMEOUT);
		certificates.insertIfFirstForEnrolment(certificate("someone-else", now), List.of()).block(TIMEOUT);

		assertThat(certificates.findByLearnerId(learner).collectList().block(TIMEOUT)).containsExactly(newer, older);
	}

	@Test
	void enrolmentAndCodeAreUniqueAndCreatingTheIndexesAgainChangesNothing() {
		new CertificateIndexes(mongo).afterSingletonsInstantiated();

		List<IndexInfo> indexes = mongo.indexOps(MongoCertificates.COLLECTION)
			.getIndexInfo()
			.collectList()
			.block(TIMEOUT);

		assertThat(indexes).filteredOn(IndexInfo::isUnique)
			.extracting((index) -> index.getIndexFields().get(0).getKey())
			.contains("enrolmentId", "verificationCode");
	}

	@Test
	void aCertificateStoredBeforeItsLifeWasRecordedReadsAndChanges() {
		String id = UUID.randomUUID().toString();
		Instant issuedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		// The shape the first release stored.
		mongo
			.insert(new Document("_id", id).append("enrolmentId", "enrolment-" + UUID.randomUUID())
				.append("learnerId", "learner-1")
				.append("learnerName", "Ana Petrović")
				.append("courseId", "course-1")
				.append("courseVersion", 1)
				.append("courseTitle", "Participatory budgeting")
				.append("issuedAt", java.util.Date.from(issuedAt))
				.append("status", "VALID")
				.append("verificationCode", code()), MongoCertificates.COLLECTION)
			.block(TIMEOUT);

		Certificate legacy = certificates.findById(id).block(TIMEOUT);
		Certificate.Change revocation = legacy.revoke("ivana", "Issued in error", Instant.now());
		Certificate revoked = certificates.update(revocation.certificate(), revocation.events()).block(TIMEOUT);

		assertThat(legacy.revision()).isZero();
		assertThat(legacy.issuedAt()).isEqualTo(issuedAt);
		assertThat(revoked.status()).isEqualTo(CertificateStatus.REVOKED);
		assertThat(certificates.findById(id).block(TIMEOUT).revision()).isOne();
	}

	@Test
	void aChangeIsStoredOnlyOverTheRevisionItWasMadeFromAndFieldsItClearsAreRemoved() {
		Certificate issued = certificate("learner-" + UUID.randomUUID(), Instant.now());
		certificates.insertIfFirstForEnrolment(issued, List.of()).block(TIMEOUT);
		Certificate.Change suspension = issued.suspend("ivana", "Complaint", Instant.now());

		Certificate stored = certificates.update(suspension.certificate(), suspension.events()).block(TIMEOUT);
		StepVerifier.create(certificates.update(suspension.certificate(), suspension.events()))
			.as("a second change from the same revision")
			.expectError(ConcurrentChangeException.class)
			.verify(TIMEOUT);
		Certificate.Change erasure = stored.erase(Instant.now());
		certificates.update(erasure.certificate(), erasure.events()).block(TIMEOUT);

		Document document = mongo.findById(issued.id(), Document.class, MongoCertificates.COLLECTION).block(TIMEOUT);
		assertThat(document).doesNotContainKeys("learnerId", "learnerName", "municipality")
			.containsEntry("status", "REVOKED")
			.containsEntry("revision", 2L);
		assertThat(document.getList("outbox", Document.class)).extracting((entry) -> entry.getString("type"))
			.containsExactly(EventType.CERTIFICATE_SUSPENDED.typeName());
	}

	@Test
	void anEarlierCodeFindsItsCertificateAndTheStatusBitsFollowTheStatus() {
		Certificate issued = certificate("learner-" + UUID.randomUUID(), Instant.now());
		certificates.insertIfFirstForEnrolment(issued, List.of()).block(TIMEOUT);
		VerificationCode newCode = VerificationCode.generate(new java.security.SecureRandom());
		StatusEntries newEntries = entries(LIST, 9001);
		Certificate.Change reissue = issued.correctName("Ana Petrović-Horvat", "ivana", "Married name", newCode,
				newEntries, Instant.now().truncatedTo(ChronoUnit.MILLIS));
		Certificate reissued = certificates.update(reissue.certificate(), reissue.events()).block(TIMEOUT);

		assertThat(certificates.findByVerificationCode(new VerificationCode(issued.verificationCode())).block(TIMEOUT))
			.isEqualTo(reissued);
		assertThat(certificates.revokedIndexes(LIST).collectList().block(TIMEOUT))
			.as("the superseded issue's bit, not the current one's")
			.contains(issued.statusEntries().revocation().index())
			.doesNotContain(9001);

		Certificate.Change suspension = reissued.suspend("ivana", "Complaint", Instant.now());
		certificates.update(suspension.certificate(), suspension.events()).block(TIMEOUT);
		assertThat(certificates.suspendedIndexes(LIST).collectList().block(TIMEOUT)).contains(9001);
	}

	@Test
	void staffFindCertificatesInTheirMunicipalityIgnoringCaseAndInTheirCohorts() {
		String town = "Town-" + UUID.randomUUID();
		String cohort = "cohort-" + UUID.randomUUID();
		Certificate local = certificate(UUID.randomUUID().toString(), "enrolment-" + UUID.randomUUID(), "a", town, null,
				Instant.now(), code());
		Certificate inCohort = certificate(UUID.randomUUID().toString(), "enrolment-" + UUID.randomUUID(), "b",
				"Elsewhere", cohort, Instant.now(), code());
		Certificate other = certificate(UUID.randomUUID().toString(), "enrolment-" + UUID.randomUUID(), "c",
				"Elsewhere", null, Instant.now(), code());
		for (Certificate certificate : List.of(local, inCohort, other)) {
			certificates.insertIfFirstForEnrolment(certificate, List.of()).block(TIMEOUT);
		}
		CertificateFilter all = new CertificateFilter(null, "course-1", null, 500);

		assertThat(
				certificates.find(all, new Scope(false, null, town.toUpperCase(java.util.Locale.ROOT), Set.of(cohort)))
					.map(Certificate::id)
					.collectList()
					.block(TIMEOUT))
			.containsExactlyInAnyOrder(local.id(), inCohort.id());
		assertThat(certificates.find(all, Scope.NOTHING).collectList().block(TIMEOUT)).isEmpty();
		assertThat(certificates.find(new CertificateFilter(CertificateStatus.VALID, null, cohort, 10), Scope.EVERYTHING)
			.map(Certificate::id)
			.collectList()
			.block(TIMEOUT)).containsExactly(inCohort.id());
	}

	private static final String LIST = "list-" + UUID.randomUUID();

	private static Certificate certificate(String learnerId, Instant issuedAt) {
		return certificate(UUID.randomUUID().toString(), "enrolment-" + UUID.randomUUID(), learnerId, "Ohrid", null,
				issuedAt, code());
	}

	private static Certificate certificate(String id, String enrolmentId, String learnerId, String municipality,
			String cohortId, Instant issuedAt, String code) {
		Instant at = issuedAt.truncatedTo(ChronoUnit.MILLIS);
		return new Certificate(id, enrolmentId, learnerId, "Ana Petrović", municipality, null, cohortId, "course-1", 1,
				"Participatory budgeting", Map.of("en", "Participatory budgeting"), "en", 8, at, "NALAS", null,
				CertificateStatus.VALID, code, at, entries(LIST, (int) (Math.random() * 100_000)), List.of(),
				List.of(new StatusChange(StatusChange.Action.ISSUED, at, null, null)), null, 0L);
	}

	private static StatusEntries entries(String listId, int index) {
		return new StatusEntries(new StatusEntry(StatusPurpose.REVOCATION, listId, index),
				new StatusEntry(StatusPurpose.SUSPENSION, listId, index));
	}

	private static String code() {
		return VerificationCode.generate(new java.security.SecureRandom()).value();
	}

	private static CertificateIssued issued(Certificate certificate) {
		return new CertificateIssued(certificate.id(), certificate.enrolmentId(), certificate.learnerId(),
				certificate.courseId(), certificate.courseVersion(), certificate.verificationCode(),
				certificate.issuedAt());
	}

}
