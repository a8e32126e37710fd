package academy.agora.progress.cohorts.persistence;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;

import academy.agora.events.Event;
import academy.agora.progress.cohorts.domain.Cohort;
import academy.agora.progress.cohorts.domain.Cohorts;
import academy.agora.progress.cohorts.domain.DuplicateJoinCodeException;
import academy.agora.progress.enrolment.domain.CoordinatedCohorts;
import academy.agora.support.access.Viewer;
import academy.agora.support.access.persistence.ScopeCriteria;
import academy.agora.support.outbox.Outbox;
import academy.agora.support.outbox.OutboxEntry;
import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/**
 * One cohort is one document. Its fields are spelled out rather than left to the object
 * mapper, so that its dates are stored as what they are: ISO calendar days
 * ({@code "2026-03-31"}), which sort and compare as text and cannot shift with a time
 * zone. The events of a cohort's planning wait in the same document's outbox array, so
 * the cohort and its announcement are one write.
 */
@Repository
class MongoCohorts implements Cohorts, CoordinatedCohorts, InitializingBean {

	static final String COLLECTION = "cohorts";

	static final String UNIQUE_JOIN_CODE = "unique_join_code";

	private static final Duration INDEX_TIMEOUT = Duration.ofSeconds(30);

	private static final Sort LATEST_START_FIRST = Sort.by(Sort.Order.desc("startsOn"), Sort.Order.asc("name"),
			Sort.Order.asc("_id"));

	private final ReactiveMongoTemplate mongo;

	private final Outbox outbox;

	MongoCohorts(ReactiveMongoTemplate mongo, Outbox outbox) {
		this.mongo = mongo;
		this.outbox = outbox;
	}

	/**
	 * The unique index is what keeps two cohorts from sharing a join code, so a database
	 * that cannot be reached fails the start. The others serve a coordinator's list of
	 * cohorts and the scope of every report.
	 */
	@Override
	public void afterPropertiesSet() {
		this.mongo.indexOps(COLLECTION)
			.createIndex(new Index().on("joinCode", Sort.Direction.ASC).unique().named(UNIQUE_JOIN_CODE))
			.block(INDEX_TIMEOUT);
		this.mongo.indexOps(COLLECTION)
			.createIndex(new Index().on("createdBy", Sort.Direction.ASC).named("cohorts_by_creator"))
			.block(INDEX_TIMEOUT);
		this.mongo.indexOps(COLLECTION)
			.createIndex(new Index().on("municipality", Sort.Direction.ASC).named("cohorts_by_municipality"))
			.block(INDEX_TIMEOUT);
	}

	@Override
	public Mono<Cohort> insert(Cohort cohort, List<? extends Event> events) {
		Document document = document(cohort);
		document.put(OutboxEntry.FIELD, this.outbox.documents(events));
		return this.mongo.insert(document, COLLECTION)
			.thenReturn(cohort)
			.onErrorMap(DuplicateKeyException.class,
					(ex) -> isJoinCodeTaken(ex) ? new DuplicateJoinCodeException(cohort.joinCode()) : ex);
	}

	private static boolean isJoinCodeTaken(DuplicateKeyException ex) {
		String message = String.valueOf(ex.getMessage());
		return message.contains(UNIQUE_JOIN_CODE) || message.contains("joinCode");
	}

	@Override
	public Mono<Cohort> findById(String id) {
		return this.mongo.findById(id, Document.class, COLLECTION).map(MongoCohorts::cohort);
	}

	@Override
	public Mono<Cohort> findByJoinCode(String joinCode) {
		return this.mongo.findOne(new Query(Criteria.where("joinCode").is(joinCode)), Document.class, COLLECTION)
			.map(MongoCohorts::cohort);
	}

	@Override
	public Flux<Cohort> findAll() {
		return this.mongo.find(new Query().with(LATEST_START_FIRST), Document.class, COLLECTION)
			.map(MongoCohorts::cohort);
	}

	@Override
	public Flux<Cohort> findRunBy(Viewer coordinator) {
		return this.mongo.find(new Query(runBy(coordinator)).with(LATEST_START_FIRST), Document.class, COLLECTION)
			.map(MongoCohorts::cohort);
	}

	@Override
	public Flux<String> idsRunBy(Viewer coordinator) {
		Query query = new Query(runBy(coordinator));
		query.fields().include("_id");
		return this.mongo.find(query, Document.class, COLLECTION).map((document) -> document.getString("_id"));
	}

	@Override
	public Flux<Cohort> findByIds(Collection<String> ids) {
		if (ids.isEmpty()) {
			return Flux.empty();
		}
		return this.mongo.find(new Query(Criteria.where("_id").in(ids)), Document.class, COLLECTION)
			.map(MongoCohorts::cohort);
	}

	/**
	 * The query side of {@link Cohort#isVisibleTo} for a coordinator.
	 */
	private static Criteria runBy(Viewer coordinator) {
		return ScopeCriteria.cohortsRunBy(coordinator, "createdBy");
	}

	private static Document document(Cohort cohort) {
		return new Document("_id", cohort.id()).append("name", cohort.name())
			.append("courseId", cohort.courseId())
			.append("courseTitle", cohort.courseTitle())
			.append("municipality", cohort.municipality())
			.append("country", cohort.country())
			.append("startsOn", cohort.startsOn().toString())
			.append("endsOn", cohort.endsOn().toString())
			.append("joinCode", cohort.joinCode())
			.append("createdBy", cohort.createdBy())
			.append("createdAt", Date.from(cohort.createdAt()));
	}

	private static Cohort cohort(Document document) {
		Date createdAt = document.getDate("createdAt");
		return new Cohort(document.getString("_id"), document.getString("name"), document.getString("courseId"),
				document.getString("courseTitle"), document.getString("municipality"), document.getString("country"),
				LocalDate.parse(document.getString("startsOn")), LocalDate.parse(document.getString("endsOn")),
				document.getString("joinCode"), document.getString("createdBy"),
				(createdAt != null) ? createdAt.toInstant() : null);
	}

}
