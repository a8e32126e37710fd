package academy.agora.faults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import academy.agora.events.CloudEventHeaders;
import academy.agora.events.EventCodec;
import academy.agora.events.EventType;
import academy.agora.events.certificate.CertificateIssued;
import academy.agora.events.progress.CourseCompleted;
import academy.agora.events.progress.LessonCompleted;
import com.mongodb.client.model.Filters;
import com.mongodb.reactivestreams.client.MongoClient;
import org.apache.kafka.clients.admin.Admin;
import org.bson.Document;
import org.bson.conversions.Bson;
import reactor.core.publisher.Flux;

/**
 * What the system holds about some courses, read as an auditor would: the stored state of
 * progress-service and certificate-service, and every event on the topics. Each check
 * compares it with what the learners were told (their acknowledged actions).
 */
final class Audit {

	/** enrolment id to the ids of the lessons stored as completed. */
	final Map<String, Set<String>> storedLessons = new HashMap<>();

	/** enrolment id to stored status. */
	final Map<String, String> status = new HashMap<>();

	/** enrolment ids whose progress-service record shows their certificate. */
	final Set<String> certifiedInProgress = new HashSet<>();

	/** enrolment id to the number of certificates stored for it. */
	final Map<String, Integer> certificates = new HashMap<>();

	/** enrolmentId/lessonId to the distinct ce_ids of its lesson.completed events. */
	final Map<String, Set<String>> lessonEvents = new HashMap<>();

	/** enrolment id to the distinct ce_ids of its course.completed events. */
	final Map<String, Set<String>> completionEvents = new HashMap<>();

	/** enrolment id to the distinct certificate ids announced by certificate.issued. */
	final Map<String, Set<String>> issuedEvents = new HashMap<>();

	long lessonRecords;

	long pendingOutbox;

	static Audit of(Cluster cluster, Set<String> courseIds) {
		return of(cluster.mongo, cluster.broker.bootstrapServers(), courseIds);
	}

	static Audit of(MongoClient mongo, String kafka, Set<String> courseIds) {
		Audit audit = new Audit();
		Bson ofCourses = Filters.in("courseId", courseIds);
		for (Document enrolment : Flux.from(mongo.getDatabase("progress").getCollection("enrolments").find(ofCourses))
			.collectList()
			.block(Duration.ofMinutes(2))) {
			String id = enrolment.getString("_id");
			Set<String> lessons = new HashSet<>();
			for (Document lesson : enrolment.getList("lessons", Document.class, List.of())) {
				if (lesson.get("completedAt") != null) {
					lessons.add(lesson.getString("lessonId"));
				}
			}
			audit.storedLessons.put(id, lessons);
			audit.status.put(id, enrolment.getString("status"));
			if (enrolment.get("certificate") != null) {
				audit.certifiedInProgress.add(id);
			}
			audit.pendingOutbox += enrolment.getList("outbox", Document.class, List.of()).size();
		}
		for (Document certificate : Flux
			.from(mongo.getDatabase("certificate").getCollection("certificates").find(ofCourses))
			.collectList()
			.block(Duration.ofMinutes(2))) {
			audit.certificates.merge(certificate.getString("enrolmentId"), 1, Integer::sum);
			audit.pendingOutbox += certificate.getList("outbox", Document.class, List.of()).size();
		}
		Kafka.scan(kafka, "learning.events", (record) -> {
			String type = Kafka.header(record, CloudEventHeaders.TYPE);
			String id = Kafka.header(record, CloudEventHeaders.ID);
			if (EventType.LESSON_COMPLETED.typeName().equals(type)) {
				LessonCompleted event = (LessonCompleted) EventCodec.decode(EventType.LESSON_COMPLETED, record.value());
				if (courseIds.contains(event.courseId())) {
					audit.lessonRecords++;
					audit.lessonEvents
						.computeIfAbsent(event.enrolmentId() + "/" + event.lessonId(), (k) -> new HashSet<>())
						.add(id);
				}
			}
			else if (EventType.COURSE_COMPLETED.typeName().equals(type)) {
				CourseCompleted event = (CourseCompleted) EventCodec.decode(EventType.COURSE_COMPLETED, record.value());
				if (courseIds.contains(event.courseId())) {
					audit.completionEvents.computeIfAbsent(event.enrolmentId(), (k) -> new HashSet<>()).add(id);
				}
			}
		});
		Kafka.scan(kafka, "certificate.events", (record) -> {
			if (EventType.CERTIFICATE_ISSUED.typeName().equals(Kafka.header(record, CloudEventHeaders.TYPE))) {
				CertificateIssued event = (CertificateIssued) EventCodec.decode(EventType.CERTIFICATE_ISSUED,
						record.value());
				if (courseIds.contains(event.courseId())) {
					audit.issuedEvents.computeIfAbsent(event.enrolmentId(), (k) -> new HashSet<>())
						.add(event.certificateId());
				}
			}
		});
		return audit;
	}

	/**
	 * Compares with what the learners were told and what they did.
	 * @param acknowledged the acknowledged actions, {@code enrolmentId/lessonId}
	 * @param enrolments every enrolment of the learners
	 * @param lessons lessons per course
	 * @return the figures; {@link Figures#problems()} lists every violation
	 */
	Figures check(Set<String> acknowledged, Set<String> enrolments, int lessons) {
		Figures figures = new Figures();
		figures.put("acknowledged actions", acknowledged.size());
		long lost = 0;
		long notAnnounced = 0;
		for (String action : acknowledged) {
			String[] parts = action.split("/");
			if (!this.storedLessons.getOrDefault(parts[0], Set.of()).contains(parts[1])) {
				lost++;
				figures.problem("acknowledged action not stored: " + action);
			}
			if (!this.lessonEvents.containsKey(action)) {
				notAnnounced++;
				figures.problem("acknowledged action never announced: " + action);
			}
		}
		figures.put("acknowledged actions lost (not stored)", lost);
		figures.put("acknowledged actions not announced", notAnnounced);
		long appliedTwice = this.lessonEvents.values().stream().filter((ids) -> ids.size() > 1).count();
		figures.put("actions applied twice (two lesson.completed with different ids)", appliedTwice);
		this.lessonEvents.forEach((action, ids) -> {
			if (ids.size() > 1) {
				figures.problem("applied twice: " + action + " " + ids);
			}
		});
		long storedCompletions = this.storedLessons.values().stream().mapToLong(Set::size).sum();
		figures.put("lesson completions stored", storedCompletions);
		figures.put("lesson.completed records on the topic (redeliveries included)", this.lessonRecords);
		figures.put("lesson.completed redelivered (same id again)", this.lessonRecords - this.lessonEvents.size());
		long completed = 0;
		long duplicateCompletions = 0;
		long missingCertificates = 0;
		long duplicateCertificates = 0;
		for (String enrolment : enrolments) {
			boolean complete = this.storedLessons.getOrDefault(enrolment, Set.of()).size() == lessons;
			int certificateCount = this.certificates.getOrDefault(enrolment, 0);
			int completionCount = this.completionEvents.getOrDefault(enrolment, Set.of()).size();
			int issuedCount = this.issuedEvents.getOrDefault(enrolment, Set.of()).size();
			if (complete) {
				completed++;
				if (!"COMPLETED".equals(this.status.get(enrolment))) {
					figures.problem("all lessons stored but not COMPLETED: " + enrolment);
				}
				if (certificateCount == 0) {
					missingCertificates++;
					figures.problem("completed enrolment without certificate: " + enrolment);
				}
				if (!this.certifiedInProgress.contains(enrolment)) {
					figures.problem("progress-service never learnt of the certificate of " + enrolment);
				}
				if (issuedCount != 1) {
					figures.problem("certificate.issued " + issuedCount + " times for " + enrolment);
				}
			}
			else if (certificateCount > 0 || completionCount > 0) {
				figures.problem("certificate or completion for an unfinished enrolment " + enrolment);
			}
			if (completionCount > 1) {
				duplicateCompletions++;
				figures.problem("course.completed " + completionCount + " times for " + enrolment);
			}
			if (certificateCount > 1) {
				duplicateCertificates++;
				figures.problem(certificateCount + " certificates for " + enrolment);
			}
		}
		figures.put("completed enrolments", completed);
		figures.put("certificates", this.certificates.values().stream().mapToInt(Integer::intValue).sum());
		figures.put("completed enrolments without a certificate", missingCertificates);
		figures.put("enrolments with more than one course.completed", duplicateCompletions);
		figures.put("enrolments with more than one certificate", duplicateCertificates);
		figures.put("outbox entries still pending", this.pendingOutbox);
		return figures;
	}

	/**
	 * Waits until every service has published its outbox and every consumer group has
	 * caught up, so that an audit sees the settled state.
	 */
	static Duration awaitSettled(Cluster cluster, Set<String> courseIds, Duration patience) {
		return awaitSettled(cluster.mongo, cluster.broker.bootstrapServers(), patience);
	}

	static Duration awaitSettled(MongoClient mongo, String kafka, Duration patience) {
		long started = System.nanoTime();
		long deadline = started + patience.toNanos();
		try (Admin admin = Kafka.admin(kafka)) {
			int quiet = 0;
			while (System.nanoTime() < deadline) {
				long pending = pendingOutbox(mongo);
				Map<String, Long> lag = Kafka.lag(admin);
				if (pending == 0 && lag.values().stream().allMatch((l) -> l == 0)) {
					// Twice in a row: a consumer may have just stored what it has not
					// yet announced.
					if (++quiet >= 3) {
						return Duration.ofNanos(System.nanoTime() - started);
					}
				}
				else {
					quiet = 0;
				}
				Service.sleep(500);
			}
			throw new IllegalStateException("Not settled within " + patience + ": " + pendingOutbox(mongo)
					+ " outbox entries pending, lag " + Kafka.lag(admin));
		}
	}

	static long pendingOutbox(Cluster cluster) {
		return pendingOutbox(cluster.mongo);
	}

	static long pendingOutbox(MongoClient mongo) {
		long pending = 0;
		for (String[] collection : List.of(new String[] { "progress", "enrolments" },
				new String[] { "progress", "erasures" }, new String[] { "progress", "cohorts" },
				new String[] { "certificate", "certificates" }, new String[] { "course", "courses" })) {
			pending += Flux
				.from(mongo.getDatabase(collection[0])
					.getCollection(collection[1])
					.countDocuments(Filters.exists("outbox.0")))
				.blockFirst(Duration.ofMinutes(1));
		}
		return pending;
	}

	/** Figures a scenario prints and records, and the violations it found. */
	static final class Figures {

		final Map<String, Object> values = new TreeMap<>();

		final List<String> problems = new ArrayList<>();

		final List<String> order = new ArrayList<>();

		void put(String name, Object value) {
			if (!this.values.containsKey(name)) {
				this.order.add(name);
			}
			this.values.put(name, value);
		}

		void problem(String problem) {
			if (this.problems.size() < 50) {
				this.problems.add(problem);
			}
		}

		List<String> problems() {
			return this.problems;
		}

		String print(String scenario) {
			StringBuilder out = new StringBuilder("\n=== " + scenario + " ===\n");
			for (String name : this.order) {
				out.append(String.format("  %-70s %s%n", name, this.values.get(name)));
			}
			if (!this.problems.isEmpty()) {
				out.append("  PROBLEMS (first 50):\n");
				this.problems.forEach((problem) -> out.append("    ").append(problem).append('\n'));
			}
			return out.toString();
		}

	}

}
