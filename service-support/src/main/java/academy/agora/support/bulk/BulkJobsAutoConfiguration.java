package academy.agora.support.bulk;

import java.time.Clock;

import academy.agora.support.outbox.OutboxAutoConfiguration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

/**
 * Gives a reactive service that declares at least one {@link BulkWork} bean the
 * {@link BulkJobs} to start, follow and resume jobs with. A service without bulk work
 * gets none, and so never queries the job collection.
 */
@AutoConfiguration(after = OutboxAutoConfiguration.class)
@ConditionalOnWebApplication(type = Type.REACTIVE)
@ConditionalOnBean(BulkWork.class)
@EnableConfigurationProperties(BulkJobsProperties.class)
public class BulkJobsAutoConfiguration {

	@Bean
	BulkJobs bulkJobs(ReactiveMongoTemplate mongo, ObjectProvider<BulkWork> works, BulkJobsProperties properties,
			ObjectProvider<Clock> clock) {
		return new BulkJobs(mongo, works.orderedStream().toList(), properties, clock.getIfAvailable(Clock::systemUTC));
	}

}
