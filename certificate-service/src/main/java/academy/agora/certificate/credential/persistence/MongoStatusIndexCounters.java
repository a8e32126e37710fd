package academy.agora.certificate.credential.persistence;

import academy.agora.certificate.credential.domain.StatusIndexCounters;
import academy.agora.certificate.credential.domain.StatusPurpose;
import org.bson.Document;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * One document per purpose, {@code _id} the purpose: taking a number is a single
 * {@code findAndModify} with {@code $inc}, which MongoDB applies atomically to one
 * document, so no transaction is needed. The document is created by the first take
 * (upsert), which also keeps the seed it proposes ({@code $setOnInsert}).
 */
@Repository
class MongoStatusIndexCounters implements StatusIndexCounters {

	static final String COLLECTION = "status_list_counters";

	private final ReactiveMongoTemplate mongo;

	MongoStatusIndexCounters(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public Mono<Taken> take(StatusPurpose purpose, long proposedSeed) {
		return this.mongo
			.findAndModify(byPurpose(purpose), new Update().inc("taken", 1L).setOnInsert("seed", proposedSeed),
					FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, COLLECTION)
			// Two first upserts at once can collide on _id; the one that lost finds the
			// document on its second try.
			.retryWhen(Retry.max(1).filter(DuplicateKeyException.class::isInstance))
			.map((counter) -> new Taken(counter.get("taken", Number.class).longValue() - 1,
					counter.get("seed", Number.class).longValue()));
	}

	@Override
	public Mono<Long> taken(StatusPurpose purpose) {
		return this.mongo.findOne(byPurpose(purpose), Document.class, COLLECTION)
			.map((counter) -> counter.get("taken", Number.class).longValue())
			.defaultIfEmpty(0L);
	}

	private static Query byPurpose(StatusPurpose purpose) {
		return new Query(Criteria.where("_id").is(purpose.value()));
	}

}
