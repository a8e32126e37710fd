package academy.agora.certificate.issuing.persistence;

import java.time.Instant;
import java.util.Date;

import academy.agora.certificate.issuing.domain.Erasures;
import org.bson.Document;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * One document per erased learner, keyed by the subject, holding the latest erasure.
 */
@Repository
class MongoErasures implements Erasures {

	static final String COLLECTION = "erasures";

	private final ReactiveMongoTemplate mongo;

	MongoErasures(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public Mono<Void> record(String learnerId, Instant erasedAt) {
		return this.mongo
			.findAndModify(byLearner(learnerId), new Update().max("erasedAt", erasedAt),
					FindAndModifyOptions.options().upsert(true), Document.class, COLLECTION)
			.then();
	}

	@Override
	public Mono<Instant> erasedAt(String learnerId) {
		return this.mongo.findOne(byLearner(learnerId), Document.class, COLLECTION)
			.mapNotNull((document) -> document.get("erasedAt", Date.class))
			.map(Date::toInstant);
	}

	private static Query byLearner(String learnerId) {
		return new Query(Criteria.where("_id").is(learnerId));
	}

}
