package academy.agora.course.authoring.persistence;

import java.util.List;

import academy.agora.course.authoring.domain.ConcurrentChangeException;
import academy.agora.course.authoring.domain.Course;
import academy.agora.course.authoring.domain.Courses;
import academy.agora.events.Event;
import academy.agora.support.outbox.Outbox;
import academy.agora.support.outbox.OutboxEntry;
import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * One course is one document; its pending events live in the same document's outbox
 * array, so the state change and its events are a single atomic write.
 */
@Repository
class MongoCourses implements Courses {

	static final String COLLECTION = "courses";

	private final ReactiveMongoTemplate mongo;

	private final Outbox outbox;

	MongoCourses(ReactiveMongoTemplate mongo, Outbox outbox) {
		this.mongo = mongo;
		this.outbox = outbox;
	}

	@Override
	public Mono<Course> findById(String id) {
		return this.mongo.findById(id, Course.class, COLLECTION);
	}

	@Override
	public Flux<Course> findByOwner(String ownerId) {
		return this.mongo.find(new Query(Criteria.where("ownerId").is(ownerId)).with(Sort.by("_id")), Course.class,
				COLLECTION);
	}

	@Override
	public Flux<Course> findPublished() {
		return this.mongo.find(new Query(Criteria.where("publishedVersion").gt(0)).with(Sort.by("published.title")),
				Course.class, COLLECTION);
	}

	@Override
	public Mono<Course> insert(Course course) {
		return this.mongo.insert(state(course), COLLECTION).thenReturn(course);
	}

	@Override
	public Mono<Course> update(Course course, List<? extends Event> events) {
		Course next = new Course(course.id(), course.ownerId(), course.draft(), course.published(),
				course.publishedVersion(), course.publishedAt(), course.revision() + 1);
		Update update = new Update();
		state(next).forEach((field, value) -> {
			if (!"_id".equals(field)) {
				update.set(field, value);
			}
		});
		Query unchanged = new Query(Criteria.where("_id").is(course.id()).and("revision").is(course.revision()));
		return this.mongo.updateFirst(unchanged, this.outbox.push(update, events), COLLECTION)
			.flatMap((result) -> (result.getMatchedCount() == 1) ? Mono.just(next)
					: Mono.error(new ConcurrentChangeException(course.id())));
	}

	private Document state(Course course) {
		Document document = new Document();
		this.mongo.getConverter().write(course, document);
		document.remove(OutboxEntry.FIELD);
		return document;
	}

}
