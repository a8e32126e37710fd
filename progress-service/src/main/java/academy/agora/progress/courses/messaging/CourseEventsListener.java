package academy.agora.progress.courses.messaging;

import java.time.Duration;

import academy.agora.events.Topics;
import academy.agora.events.course.CoursePublished;
import academy.agora.events.course.CourseRetired;
import academy.agora.progress.courses.domain.CourseVersion;
import academy.agora.progress.courses.domain.CourseVersions;
import academy.agora.support.messaging.IncomingEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the local copy of published course versions up to date from
 * {@code course.events}. Other event types on the topic are skipped; a record that is no
 * CloudEvent or does not match its contract fails with a {@code MalformedEventException}
 * and goes straight to {@code course.events.DLT}.
 * <p>
 * The consumer group is {@code spring.kafka.consumer.group-id}, which the shared defaults
 * set to {@code spring.application.name}.
 */
@Component
class CourseEventsListener {

	private static final Logger logger = LoggerFactory.getLogger(CourseEventsListener.class);

	/** Longer than a healthy write ever takes, shorter than the consumer's poll limit. */
	private static final Duration WRITE_TIMEOUT = Duration.ofSeconds(10);

	private final CourseVersions versions;

	private final Duration writeTimeout;

	@Autowired
	CourseEventsListener(CourseVersions versions) {
		this(versions, WRITE_TIMEOUT);
	}

	CourseEventsListener(CourseVersions versions, Duration writeTimeout) {
		this.versions = versions;
		this.writeTimeout = writeTimeout;
	}

	/**
	 * Handles one record, synchronously. Blocking on the reactive write is deliberate:
	 * this runs on the listener container's consumer thread, not on an event loop, and
	 * only returning after the write has finished (or thrown) keeps records of a
	 * partition in order, lets the offset be committed only for stored records, and lets
	 * the DefaultErrorHandler see the failure so it can seek back, retry with back-off
	 * and finally dead-letter the record. Handing the write off asynchronously would
	 * acknowledge records that were never stored. A write that takes too long is reported
	 * as the database failure it is, so that the error handler treats it like the
	 * driver's own connection errors rather than as a bad record.
	 * @param record the record as received
	 */
	@KafkaListener(topics = Topics.COURSE_EVENTS)
	void on(ConsumerRecord<String, String> record) {
		IncomingEvents.decode(record).ifPresent((event) -> {
			if (event instanceof CourseRetired retired) {
				IncomingEvents.await(this.versions.retire(retired.courseId(), retired.retiredAt()), this.writeTimeout,
						"retirement of " + retired.courseId());
				logger.debug("Course {} retired", retired.courseId());
			}
			if (event instanceof CoursePublished published) {
				Boolean added = IncomingEvents.await(this.versions.record(CourseVersion.of(published)),
						this.writeTimeout, "course " + published.courseId() + " version " + published.version());
				logger.debug("Course {} version {} {}", published.courseId(), published.version(),
						Boolean.TRUE.equals(added) ? "recorded" : "was known already");
			}
		});
	}

}
