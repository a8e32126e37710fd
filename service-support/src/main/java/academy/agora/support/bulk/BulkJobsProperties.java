package academy.agora.support.bulk;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How bulk jobs run.
 *
 * @param concurrency how many items of one job are worked on at a time: a few, so that a
 * job of hundreds of items does not crowd out requests
 * @param maxItems the most items one job takes. A job keeps the ids of its pending items
 * in its one document, which MongoDB limits to 16 MB; the default leaves ample room
 * @param itemRetries how often an item whose work fails unexpectedly is retried, with
 * back-off, before it is recorded as failed
 */
@ConfigurationProperties("agora.bulk")
public record BulkJobsProperties(@DefaultValue("4") int concurrency, @DefaultValue("10000") int maxItems,
		@DefaultValue("2") int itemRetries) {

	public BulkJobsProperties {
		if (concurrency < 1) {
			throw new IllegalArgumentException("agora.bulk.concurrency must be at least 1");
		}
	}

}
