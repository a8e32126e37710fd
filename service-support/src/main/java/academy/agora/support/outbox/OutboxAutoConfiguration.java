package academy.agora.support.outbox;

import java.time.Clock;

import io.micrometer.tracing.Tracer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Gives every reactive service an {@link Outbox} to write events with and an
 * {@link OutboxRelay} to publish them.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = Type.REACTIVE)
@EnableConfigurationProperties(OutboxProperties.class)
public class OutboxAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	Outbox outbox(Clock clock, ObjectProvider<Tracer> tracer) {
		return new Outbox(clock, tracer);
	}

	@Bean
	OutboxRelay outboxRelay(ReactiveMongoTemplate mongo, KafkaTemplate<String, String> kafka,
			OutboxProperties properties, Environment environment) {
		return new OutboxRelay(mongo, kafka, properties,
				"/" + environment.getRequiredProperty("spring.application.name"));
	}

}
