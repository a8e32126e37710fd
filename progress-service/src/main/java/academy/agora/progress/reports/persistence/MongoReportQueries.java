package academy.agora.progress.reports.persistence;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

import academy.agora.progress.reports.domain.EnrolmentRow;
import academy.agora.progress.reports.domain.ReportQueries;
import academy.agora.support.access.Scope;
import academy.agora.support.access.persistence.ScopeCriteria;
import com.mongodb.reactivestreams.client.MongoCollection;
import org.bson.Document;
import reactor.core.publisher.Flux;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Repository;

/**
 * The reports as aggregation pipelines over {@code enrolments}: the database filters by
 * scope, counts and groups, and only the groups travel. The pipelines are written as
 * plain documents, in the shape the MongoDB manual gives them, so that what runs is what
 * is read here.
 * <p>
 * Field names are those {@code MongoEnrolments} stores an enrolment under. Enrolments
 * stored before {@code lastActivityAt} was kept count their enrolment time instead, and
 * those stored before completion rules were kept require every lesson of a module, as
 * their progress does.
 */
@Repository
class MongoReportQueries implements ReportQueries, InitializingBean {

	static final String COLLECTION = "enrolments";

	private static final Duration INDEX_TIMEOUT = Duration.ofSeconds(30);

	private static final String COMPLETED = "COMPLETED";

	private static final String WITHDRAWN = "WITHDRAWN";

	private final ReactiveMongoTemplate mongo;

	MongoReportQueries(ReactiveMongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * The indexes these pipelines' {@code $match} stages rely on: a coordinator's scope
	 * by municipality (by cohort is {@code MongoEnrolments}' index), one course version
	 * for the funnel, completion times for completions. Missing indexes make reports
	 * slow, not wrong, so they are created like the others at startup.
	 */
	@Override
	public void afterPropertiesSet() {
		List<Index> indexes = List.of(
				new Index().on("municipality", Sort.Direction.ASC).named("enrolments_by_municipality"),
				new Index().on("courseId", Sort.Direction.ASC)
					.on("courseVersion", Sort.Direction.ASC)
					.named("enrolments_by_course_version"),
				new Index().on("completedAt", Sort.Direction.ASC).named("enrolments_by_completion"));
		for (Index index : indexes) {
			this.mongo.indexOps(COLLECTION).createIndex(index).block(INDEX_TIMEOUT);
		}
	}

	@Override
	public Flux<EnrolmentRow> enrolments(Scope scope, Grouping grouping, Instant activeSince) {
		Document counts = new Document("enrolled", new Document("$sum", 1))
			.append("active",
					count(new Document("$and",
							List.of(new Document("$ne", List.of("$status", WITHDRAWN)),
									new Document("$gte",
											List.of(new Document("$ifNull", List.of("$lastActivityAt", "$enrolledAt")),
													Date.from(activeSince)))))))
			.append("completed", count(new Document("$eq", List.of("$status", COMPLETED))));
		List<Document> pipeline = new ArrayList<>();
		pipeline.add(new Document("$match", scope(scope)));
		if (grouping == Grouping.COURSE) {
			// Versions of a course may be titled differently: the latest one names it.
			pipeline.add(new Document("$group",
					new Document("_id", new Document("courseId", "$courseId").append("version", "$courseVersion"))
						.append("title", new Document("$first", "$courseTitle"))
						.append("enrolled", counts.get("enrolled"))
						.append("active", counts.get("active"))
						.append("completed", counts.get("completed"))));
			pipeline.add(new Document("$sort", new Document("_id.version", -1)));
			pipeline.add(new Document("$group",
					new Document("_id", "$_id.courseId").append("label", new Document("$first", "$title"))
						.append("enrolled", new Document("$sum", "$enrolled"))
						.append("active", new Document("$sum", "$active"))
						.append("completed", new Document("$sum", "$completed"))));
		}
		else {
			String field = (grouping == Grouping.MUNICIPALITY) ? "$municipality" : "$cohortId";
			pipeline.add(new Document("$group",
					new Document("_id", field).append("enrolled", counts.get("enrolled"))
						.append("active", counts.get("active"))
						.append("completed", counts.get("completed"))));
		}
		return aggregate(pipeline).map((row) -> new EnrolmentRow(row.getString("_id"), row.getString("label"),
				number(row, "enrolled"), number(row, "active"), number(row, "completed")));
	}

	/**
	 * Per enrolment and module: the module's lessons completed and quizzes passed; it is
	 * started if any is, and completed if every item that counts is (its required items,
	 * or all of them if none is required), exactly as {@code Enrolment.moduleProgress}
	 * counts. Then a sum per module.
	 */
	@Override
	public Flux<ModuleCount> funnel(Scope scope, String courseId, int version) {
		Document match = scope(scope).append("courseId", courseId).append("courseVersion", version);
		Document done = new Document("modules",
				1)
			.append("doneLessonIds", ids(filter(array("$lessons"), "lesson",
					new Document("$ne",
							Arrays.asList(new Document("$ifNull", Arrays.asList("$$lesson.completedAt", null)), null))),
					"lesson", "$$lesson.lessonId"))
			.append("passedQuizIds",
					ids(filter(array("$quizzes"), "quiz",
							new Document(
									"$gt", List.of(
											new Document("$size",
													filter(array("$$quiz.attempts"), "attempt",
															new Document("$eq", List.of("$$attempt.passed", true)))),
											0))),
							"quiz", "$$quiz.quizId"))
			.append("requiredLessonIds",
					new Document("$ifNull",
							List.of("$completionRules.requiredLessonIds",
									ids(array("$lessons"), "lesson", "$$lesson.lessonId"))))
			.append("requiredQuizIds", array("$completionRules.requiredQuizIds"));
		Document counted = new Document("moduleId", "$modules.moduleId")
			.append("doneLessonIds",
					new Document("$setIntersection", List.of("$doneLessonIds", array("$modules.lessonIds"))))
			.append("passedQuizIds",
					new Document("$setIntersection", List.of("$passedQuizIds", array("$modules.quizIds"))))
			.append("moduleLessonIds", array("$modules.lessonIds"))
			.append("moduleQuizIds", array("$modules.quizIds"))
			.append("requiredLessonIds",
					new Document("$setIntersection", List.of(array("$modules.lessonIds"), "$requiredLessonIds")))
			.append("requiredQuizIds",
					new Document("$setIntersection", List.of(array("$modules.quizIds"), "$requiredQuizIds")));
		Document nothingRequired = new Document("$eq", List.of(new Document("$add",
				List.of(new Document("$size", "$requiredLessonIds"), new Document("$size", "$requiredQuizIds"))), 0));
		Document items = new Document("moduleId", 1).append("doneLessonIds", 1)
			.append("passedQuizIds", 1)
			.append("countedLessonIds",
					new Document("$cond", List.of(nothingRequired, "$moduleLessonIds", "$requiredLessonIds")))
			.append("countedQuizIds",
					new Document("$cond", List.of(nothingRequired, "$moduleQuizIds", "$requiredQuizIds")));
		Document progress = new Document("moduleId", 1)
			.append("done",
					new Document("$add",
							List.of(new Document("$size", "$doneLessonIds"), new Document("$size", "$passedQuizIds"))))
			.append("items",
					new Document("$add",
							List.of(new Document("$size", "$countedLessonIds"),
									new Document("$size", "$countedQuizIds"))))
			.append("itemsDone",
					new Document("$add", List.of(
							new Document("$size",
									new Document("$setIntersection", List.of("$countedLessonIds", "$doneLessonIds"))),
							new Document("$size",
									new Document("$setIntersection", List.of("$countedQuizIds", "$passedQuizIds"))))));
		Document perModule = new Document("_id", "$moduleId")
			.append("started", count(new Document("$gt", List.of("$done", 0))))
			.append("completed", count(new Document("$and", List.of(new Document("$gt", List.of("$items", 0)),
					new Document("$eq", List.of("$itemsDone", "$items"))))));
		List<Document> pipeline = List.of(new Document("$match", match), new Document("$project", done),
				new Document("$unwind", "$modules"), new Document("$project", counted), new Document("$project", items),
				new Document("$project", progress), new Document("$group", perModule));
		return aggregate(pipeline)
			.map((row) -> new ModuleCount(row.getString("_id"), number(row, "started"), number(row, "completed")));
	}

	@Override
	public Flux<DayCount> completionsPerDay(Scope scope, String courseId, Instant from, Instant until) {
		Document match = scope(scope).append("status", COMPLETED)
			.append("completedAt", new Document("$gte", Date.from(from)).append("$lt", Date.from(until)));
		if (courseId != null) {
			match.append("courseId", courseId);
		}
		Document day = new Document("$dateToString",
				new Document("format", "%Y-%m-%d").append("date", "$completedAt").append("timezone", "UTC"));
		List<Document> pipeline = List.of(new Document("$match", match),
				new Document("$group", new Document("_id", day).append("completions", new Document("$sum", 1))));
		return aggregate(pipeline)
			.map((row) -> new DayCount(LocalDate.parse(row.getString("_id")), number(row, "completions")));
	}

	/**
	 * The part of a {@code $match} that keeps a scope.
	 */
	private static Document scope(Scope scope) {
		return new Document(ScopeCriteria.within(scope).getCriteriaObject());
	}

	private Flux<Document> aggregate(List<Document> pipeline) {
		return this.mongo.getCollection(COLLECTION)
			.flatMapMany((MongoCollection<Document> collection) -> Flux.from(collection.aggregate(pipeline)));
	}

	private static Document count(Document condition) {
		return new Document("$sum", new Document("$cond", List.of(condition, 1, 0)));
	}

	/** An array field, or an empty array where the document has none. */
	private static Document array(String field) {
		return new Document("$ifNull", List.of(field, List.of()));
	}

	private static Document filter(Object input, String as, Document condition) {
		return new Document("$filter", new Document("input", input).append("as", as).append("cond", condition));
	}

	private static Document ids(Object input, String as, String id) {
		return new Document("$map", new Document("input", input).append("as", as).append("in", id));
	}

	private static long number(Document row, String field) {
		Object value = row.get(field);
		return (value instanceof Number number) ? number.longValue() : 0;
	}

}
