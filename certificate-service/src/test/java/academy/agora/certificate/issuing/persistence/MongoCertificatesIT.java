package academy.agora.certificate.issuing.persistence;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import academy.agora.certificate.issuing.domain.Certificate;
import academy.agora.certificate.issuing.domain.CertificateStatus;
import academy.agora.certificate.issuing.domain.VerificationCode;
import academy.agora.certificate.issuing.domain.VerificationCodeTakenException;
import academy.agora.events.EventType;
import academy.agora.events.certificate.CertificateIssued;
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
		Certificate second = new Certificate(UUID.randomUUID().toString(), first.enrolmentId(), first.learnerId(),
				first.learnerName(), first.courseId(), first.courseVersion(), first.courseTitle(), Instant.now(),
				CertificateStatus.VALID, code());

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
		Certificate clash = new Certificate(UUID.randomUUID().toString(), "enrolment-" + UUID.randomUUID(),
				first.learnerId(), first.learnerName(), first.courseId(), first.courseVersion(), first.courseTitle(),
				Instant.now(), CertificateStatus.VALID, first.verificationCode());

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

	private static Certificate certificate(String learnerId, Instant issuedAt) {
		return new Certificate(UUID.randomUUID().toString(), "enrolment-" + UUID.randomUUID(), learnerId,
				"Ana Petrović", "course-1", 1, "Participatory budgeting", issuedAt.truncatedTo(ChronoUnit.MILLIS),
				CertificateStatus.VALID, code());
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
