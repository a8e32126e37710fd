package academy.agora.progress.courses.persistence;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import academy.agora.progress.courses.domain.CourseVersion;
import academy.agora.progress.courses.domain.CourseVersions;
import org.bson.Document;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * One published version is one document, keyed {@code courseId:version}. It is written
 * with an upsert that only sets fields on insert, so a redelivered or replayed event
 * matches the existing document and changes nothing.
 */
@Repository
class MongoCourseVersions implements CourseVersions, InitializingBean {

	static final String COLLECTION = "course_versions";

	static final String RETIRED = "retired_courses";

	private static final Duration INDEX_TIMEOUT = Duration.ofSeconds(30);

	private final ReactiveMongoTemplate mongo;

	MongoCourseVersions(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public void afterPropertiesSet() {
		// Explicit, at startup: "latest version of a course" is the enrolment query.
		this.mongo.indexOps(COLLECTION)
			.createIndex(new Index().on("courseId", Sort.Direction.ASC)
				.on("version", Sort.Direction.DESC)
				.named("course_latest_version"))
			.block(INDEX_TIMEOUT);
	}

	@Override
	public Mono<Boolean> record(CourseVersion version) {
		Update update = new Update();
		CourseVersionDocuments.fields(version).forEach(update::setOnInsert);
		Query retiredBefore = new Query(
				Criteria.where("_id").is(version.courseId()).and("retiredAt").lt(Date.from(version.publishedAt())));
		return this.mongo.upsert(new Query(Criteria.where("_id").is(version.key())), update, COLLECTION)
			.map((result) -> result.getUpsertedId() != null)
			.flatMap((added) -> this.mongo.remove(retiredBefore, RETIRED).thenReturn(added));
	}

	@Override
	public Mono<CourseVersion> find(String courseId, int version) {
		return this.mongo.findById(courseId + ":" + version, Document.class, COLLECTION)
			.map(CourseVersionDocuments::version);
	}

	@Override
	public Mono<Void> retire(String courseId, Instant retiredAt) {
		// Only ever moves forward, so a replayed older retirement changes nothing.
		Query olderOrNone = new Query(Criteria.where("_id")
			.is(courseId)
			.orOperator(Criteria.where("retiredAt").lt(Date.from(retiredAt)),
					Criteria.where("retiredAt").exists(false)));
		Query newerPublication = new Query(
				Criteria.where("courseId").is(courseId).and("publishedAt").gt(Date.from(retiredAt)));
		return this.mongo.exists(newerPublication, COLLECTION)
			.flatMap((republished) -> republished ? Mono.empty()
					: this.mongo.upsert(olderOrNone, new Update().set("retiredAt", Date.from(retiredAt)), RETIRED)
						.onErrorResume(DuplicateKeyException.class, (ex) -> Mono.empty())
						.then());
	}

	@Override
	public Mono<Boolean> isRetired(String courseId) {
		return this.mongo.exists(new Query(Criteria.where("_id").is(courseId)), RETIRED);
	}

	@Override
	public Mono<CourseVersion> findLatest(String courseId) {
		Query query = new Query(Criteria.where("courseId").is(courseId)).with(Sort.by(Sort.Direction.DESC, "version"))
			.limit(1);
		return this.mongo.findOne(query, Document.class, COLLECTION).map(CourseVersionDocuments::version);
	}

}
