package academy.agora.certificate.issuing.persistence;

import academy.agora.certificate.issuing.domain.CoordinatedCohorts;
import academy.agora.support.access.Viewer;
import academy.agora.support.access.persistence.ScopeCriteria;
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
	public Flux<String> idsRunBy(Viewer coordinator) {
		Query query = new Query(ScopeCriteria.cohortsRunBy(coordinator, "coordinatorId"));
		query.fields().include("_id");
		return this.mongo.find(query, Document.class, COLLECTION).map((document) -> document.getString("_id"));
	}

	@Override
	public Mono<Void> record(Cohort cohort) {
		return this.mongo.upsert(new Query(Criteria.where("_id").is(cohort.id())),
				new Update().set("coordinatorId", cohort.coordinatorId())
					.set("municipality", cohort.municipality())
					.set("country", cohort.country()),
				COLLECTION)
			.then();
	}

}
