package academy.agora.support.messaging;

import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import academy.agora.events.EventCodec.MalformedEventException;
import academy.agora.events.Topics;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Consumer error handling shared by every service: a failing record is retried in place
 * with exponential back-off (the partition waits, so per-key order holds), then published
 * with its original headers to {@code <topic>.DLT} and skipped, so one poison message
 * never stops a partition. A record that can never succeed skips the retries.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = Type.REACTIVE)
@EnableConfigurationProperties(MessagingProperties.class)
public class MessagingAutoConfiguration {

	@Bean
	DefaultErrorHandler kafkaErrorHandler(KafkaTemplate<String, String> template, MessagingProperties properties) {
		DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(template,
				(record, ex) -> new TopicPartition(Topics.deadLetter(record.topic()), -1));
		ExponentialBackOff backOff = new ExponentialBackOff(properties.retryInitialInterval().toMillis(), 2.0);
		backOff.setMaxInterval(properties.retryMaxInterval().toMillis());
		backOff.setMaxAttempts(properties.retryAttempts());
		DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
		handler.addNotRetryableExceptions(MalformedEventException.class, DeserializationException.class);
		// While our own database is down no record can succeed; dead-lettering them would
		// turn
		// an outage into lost work, so the partition waits until the database is back.
		handler.setBackOffFunction((record, ex) -> isOutage(ex) ? outageBackOff(properties) : null);
		return handler;
	}

	static boolean isOutage(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof DataAccessResourceFailureException || cause instanceof MongoSocketException
					|| cause instanceof MongoTimeoutException || cause instanceof TimeoutException) {
				return true;
			}
		}
		return false;
	}

	private static BackOff outageBackOff(MessagingProperties properties) {
		ExponentialBackOff backOff = new ExponentialBackOff(properties.retryInitialInterval().toMillis(), 2.0);
		backOff.setMaxInterval(properties.retryMaxInterval().toMillis());
		return backOff;
	}

	@Bean
	KafkaAdmin.NewTopics agoraTopics(MessagingProperties properties) {
		return new KafkaAdmin.NewTopics(
				Stream.of(Topics.COURSE_EVENTS, Topics.LEARNING_EVENTS, Topics.CERTIFICATE_EVENTS)
					.flatMap((topic) -> Stream.of(topic, Topics.deadLetter(topic)))
					.map((topic) -> new NewTopic(topic, properties.partitions(), properties.replicationFactor()))
					.toArray(NewTopic[]::new));
	}

}
