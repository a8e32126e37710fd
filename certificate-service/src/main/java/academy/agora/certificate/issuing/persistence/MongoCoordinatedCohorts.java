package academy.agora.certificate.issuing.persistence;

import academy.agora.certificate.issuing.domain.CoordinatedCohorts;
import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * The cohorts the progress service announced, one document each: which coordinator runs
 * which cohort, and nothing more.
 */
@Repository
class MongoCoordinatedCohorts implements CoordinatedCohorts {

	static final String COLLECTION = "cohorts";

	private final ReactiveMongoTemplate mongo;

	MongoCoordinatedCohorts(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public Flux<String> idsRunBy(String coordinatorId) {
		Query query = new Query(Criteria.where("coordinatorId").is(coordinatorId));
		query.fields().include("_id");
		return this.mongo.find(query, Document.class, COLLECTION).map((document) -> document.getString("_id"));
	}

	@Override
	public Mono<Void> record(String cohortId, String coordinatorId) {
		return this.mongo
			.upsert(new Query(Criteria.where("_id").is(cohortId)), new Update().set("coordinatorId", coordinatorId),
					COLLECTION)
			.then();
	}

}
