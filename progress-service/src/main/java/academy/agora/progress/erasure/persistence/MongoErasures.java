package academy.agora.progress.erasure.persistence;

import java.time.Instant;
import java.util.List;

import academy.agora.events.progress.LearnerErased;
import academy.agora.progress.erasure.domain.Erasures;
import academy.agora.support.outbox.Outbox;
import org.bson.Document;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * One document per learner, keyed by the subject; the event waits in its outbox, so the
 * erasure and its announcement are one upsert.
 */
@Repository
class MongoErasures implements Erasures {

	static final String COLLECTION = "erasures";

	private final ReactiveMongoTemplate mongo;

	private final Outbox outbox;

	MongoErasures(ReactiveMongoTemplate mongo, Outbox outbox) {
		this.mongo = mongo;
		this.outbox = outbox;
	}

	@Override
	public Mono<Void> record(LearnerErased event) {
		Update update = this.outbox.push(new Update().max("erasedAt", event.erasedAt()), List.of(event));
		return this.mongo
			.findAndModify(byLearner(event.learnerId()), update, FindAndModifyOptions.options().upsert(true),
					Document.class, COLLECTION)
			.then();
	}

	@Override
	public Mono<Instant> erasedAt(String learnerId) {
		return this.mongo.findOne(byLearner(learnerId), Document.class, COLLECTION)
			.mapNotNull((document) -> document.getDate("erasedAt"))
			.map(java.util.Date::toInstant);
	}

	private static Query byLearner(String learnerId) {
		return new Query(Criteria.where("_id").is(learnerId));
	}

}
