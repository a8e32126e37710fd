package academy.agora.course.authoring.persistence;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import academy.agora.course.authoring.domain.Author;
import academy.agora.course.authoring.domain.ConcurrentChangeException;
import academy.agora.course.authoring.domain.Course;
import academy.agora.course.authoring.domain.CourseListing;
import academy.agora.course.authoring.domain.CourseSummary;
import academy.agora.course.authoring.domain.CourseVersion;
import academy.agora.course.authoring.domain.Courses;
import academy.agora.course.authoring.domain.LocalizedText;
import academy.agora.events.Event;
import academy.agora.support.outbox.Outbox;
import academy.agora.support.outbox.OutboxEntry;
import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * One course is one document: its draft, every published version, and its pending events
 * in the outbox array, so a publication and its event are a single atomic write. Beside
 * them it keeps the catalogue's {@code listing} of the latest version, written in the
 * same update, so catalogue queries read that small part and never the history.
 */
@Repository
class MongoCourses implements Courses {

	static final String COLLECTION = "courses";

	/**
	 * The document format. Courses of the first format (one flat lesson list) are not
	 * read as courses: they would not map, and every query asks for this one.
	 */
	static final int FORMAT = 2;

	static final String LISTING = "listing";

	private static final List<String> STATE_FIELDS = List.of("ownerId", "coAuthors", "draft", "versions", "retiredAt",
			"revision");

	private final ReactiveMongoTemplate mongo;

	private final Outbox outbox;

	MongoCourses(ReactiveMongoTemplate mongo, Outbox outbox) {
		this.mongo = mongo;
		this.outbox = outbox;
	}

	@Override
	public Mono<Course> findById(String id) {
		return this.mongo.findOne(new Query(current().and("_id").is(id)), Course.class, COLLECTION);
	}

	@Override
	public Flux<CourseSummary> findEditableBy(Author author) {
		Criteria criteria = current();
		if (!author.admin()) {
			criteria = criteria.orOperator(Criteria.where("ownerId").is(author.id()),
					Criteria.where("coAuthors").is(author.id()));
		}
		Query query = new Query(criteria).with(Sort.by("_id"));
		query.fields()
			.include("ownerId", "coAuthors", "draft.defaultLanguage", "draft.title", LISTING + ".version",
					LISTING + ".publishedAt", "retiredAt", "revision");
		return this.mongo.find(query, Document.class, COLLECTION).map(this::summary);
	}

	@Override
	public Flux<CourseListing> findListed() {
		Query query = new Query(listed());
		query.fields().include(LISTING);
		return this.mongo.find(query, Document.class, COLLECTION).map(this::listing);
	}

	@Override
	public Mono<CourseListing> findListing(String id) {
		Query query = new Query(listed().and("_id").is(id));
		query.fields().include(LISTING);
		return this.mongo.findOne(query, Document.class, COLLECTION).map(this::listing);
	}

	@Override
	public Mono<CourseVersion> findVersion(String id, int number) {
		Query query = new Query(current().and("_id").is(id).and("versions.number").is(number));
		// Only the one version travels, however long the history is.
		query.fields().elemMatch("versions", Criteria.where("number").is(number));
		return this.mongo.findOne(query, Document.class, COLLECTION)
			.flatMap((document) -> Mono.justOrEmpty(document.getList("versions", Document.class))
				.filter((versions) -> !versions.isEmpty())
				.map((versions) -> this.mongo.getConverter().read(CourseVersion.class, versions.get(0))));
	}

	@Override
	public Mono<Course> insert(Course course) {
		return this.mongo.insert(state(course), COLLECTION).thenReturn(course);
	}

	@Override
	public Mono<Course> insertIfAbsent(Course course) {
		return insert(course).onErrorResume(DuplicateKeyException.class, (ex) -> findById(course.id()));
	}

	@Override
	public Mono<Course> update(Course course, List<? extends Event> events) {
		Course next = course.withRevision(course.revision() + 1);
		Document state = state(next);
		Update update = new Update();
		for (String field : STATE_FIELDS) {
			if (state.containsKey(field)) {
				update.set(field, state.get(field));
			}
			else {
				update.unset(field);
			}
		}
		if (state.containsKey(LISTING)) {
			update.set(LISTING, state.get(LISTING));
		}
		Query unchanged = new Query(current().and("_id").is(course.id()).and("revision").is(course.revision()));
		return this.mongo.updateFirst(unchanged, this.outbox.push(update, events), COLLECTION)
			.flatMap((result) -> (result.getMatchedCount() == 1) ? Mono.just(next)
					: Mono.error(new ConcurrentChangeException(course.id())));
	}

	private Document state(Course course) {
		Document document = new Document();
		this.mongo.getConverter().write(course, document);
		document.remove(OutboxEntry.FIELD);
		document.remove("_class");
		document.put("format", FORMAT);
		course.listing().ifPresent((listing) -> {
			Document written = new Document();
			this.mongo.getConverter().write(listing, written);
			written.remove("_class");
			document.put(LISTING, written);
		});
		return document;
	}

	private CourseListing listing(Document document) {
		return this.mongo.getConverter().read(CourseListing.class, document.get(LISTING, Document.class));
	}

	private CourseSummary summary(Document document) {
		Document draft = document.get("draft", Document.class);
		Document listing = document.get(LISTING, Document.class);
		Date publishedAt = (listing != null) ? listing.getDate("publishedAt") : null;
		Date retiredAt = document.getDate("retiredAt");
		Document title = draft.get("title", Document.class);
		return new CourseSummary(document.getString("_id"), document.getString("ownerId"),
				document.getList("coAuthors", String.class), draft.getString("defaultLanguage"),
				(title != null) ? this.mongo.getConverter().read(LocalizedText.class, title) : LocalizedText.empty(),
				(listing != null) ? listing.getInteger("version", 0) : 0, instant(publishedAt), instant(retiredAt),
				document.get("revision", Number.class).longValue());
	}

	private static Instant instant(Date date) {
		return (date != null) ? date.toInstant() : null;
	}

	private static Criteria current() {
		return Criteria.where("format").is(FORMAT);
	}

	private static Criteria listed() {
		return current().and(LISTING).exists(true).and("retiredAt").is(null);
	}

}
