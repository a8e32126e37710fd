package academy.agora.support.messaging;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a consumer retries before it dead-letters, and how topics are created.
 *
 * @param retryAttempts retries after the first failure before the record goes to the DLT
 * @param retryInitialInterval the first back-off
 * @param retryMaxInterval the longest back-off
 * @param partitions partitions of the topics this service creates
 * @param replicationFactor replication of the topics this service creates
 */
@ConfigurationProperties("agora.messaging")
public record MessagingProperties(@DefaultValue("4") int retryAttempts,
		@DefaultValue("200ms") Duration retryInitialInterval, @DefaultValue("5s") Duration retryMaxInterval,
		@DefaultValue("3") int partitions, @DefaultValue("1") short replicationFactor) {
}
