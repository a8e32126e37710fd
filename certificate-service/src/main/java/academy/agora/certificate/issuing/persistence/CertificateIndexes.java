package academy.agora.certificate.issuing.persistence;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.ReactiveIndexOperations;
import org.springframework.stereotype.Component;

/**
 * Creates the indexes of the {@code certificates} collection when the application starts,
 * before the Kafka listener and the web server do: issuing relies on the unique index on
 * {@code enrolmentId} to keep one certificate per enrolment, so no completion may be
 * processed without it. Creating an index that exists already changes nothing.
 */
@Component
class CertificateIndexes implements SmartInitializingSingleton {

	private static final Logger logger = LoggerFactory.getLogger(CertificateIndexes.class);

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private final ReactiveMongoTemplate mongo;

	CertificateIndexes(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public void afterSingletonsInstantiated() {
		ReactiveIndexOperations indexes = this.mongo.indexOps(MongoCertificates.COLLECTION);
		// Blocking is fine here: this runs once, on the thread that starts the
		// application, and nothing may be issued before the unique indexes exist.
		Flux.concat(
				indexes.createIndex(
						new Index().on("enrolmentId", Sort.Direction.ASC).unique().named("enrolmentId_unique")),
				indexes.createIndex(new Index().on("verificationCode", Sort.Direction.ASC)
					.unique()
					.named("verificationCode_unique")),
				indexes.createIndex(new Index().on("previousIssues.verificationCode", Sort.Direction.ASC)
					.named("previousIssues_verificationCode")),
				indexes.createIndex(new Index().on("learnerId", Sort.Direction.ASC)
					.on("completedAt", Sort.Direction.DESC)
					.named("learnerId_completedAt")),
				indexes.createIndex(new Index().on("status", Sort.Direction.ASC)
					.on("completedAt", Sort.Direction.ASC)
					.named("status_completedAt")),
				indexes.createIndex(new Index().on("statusEntries.revocation.listId", Sort.Direction.ASC)
					.on("status", Sort.Direction.ASC)
					.named("revocation_list")),
				indexes.createIndex(new Index().on("statusEntries.suspension.listId", Sort.Direction.ASC)
					.on("status", Sort.Direction.ASC)
					.named("suspension_list")),
				indexes.createIndex(new Index().on("previousIssues.statusEntries.revocation.listId", Sort.Direction.ASC)
					.named("superseded_revocation_list")))
			.collectList()
			.doOnNext((names) -> logger.info("Indexes of {} in place: {}", MongoCertificates.COLLECTION, names))
			.block(TIMEOUT);
	}

}
