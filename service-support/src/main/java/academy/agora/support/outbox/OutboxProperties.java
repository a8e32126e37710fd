package academy.agora.support.outbox;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the relay looks for pending events and how often.
 *
 * @param collections the MongoDB collections whose documents carry an {@code outbox}
 * array
 * @param pollInterval the pause between two relay passes
 * @param batchSize the most documents one pass reads per collection
 */
@ConfigurationProperties("agora.outbox")
public record OutboxProperties(List<String> collections, @DefaultValue("100ms") Duration pollInterval,
		@DefaultValue("200") int batchSize) {

	public OutboxProperties {
		collections = (collections != null) ? List.copyOf(collections) : List.of();
	}

}
