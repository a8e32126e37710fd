package academy.agora.faults;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

import static org.awaitility.Awaitility.await;

/**
 * Reading topics and consumer groups the way an operator would, with the plain Kafka
 * clients.
 */
final class Kafka {

	/** The services' consumer groups and the topics each reads. */
	static final Map<String, List<String>> GROUPS = Map.of("progress-service",
			List.of("course.events", "certificate.events", "learning.events"), "certificate-service",
			List.of("learning.events"));

	private Kafka() {
	}

	static Admin admin(String bootstrapServers) {
		return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
				AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
				15000));
	}

	/**
	 * Every record of a topic up to its end now, handed over one by one.
	 */
	static long scan(String bootstrapServers, String topic, Consumer<ConsumerRecord<String, String>> each) {
		Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
				ConsumerConfig.GROUP_ID_CONFIG, "fault-audit-" + UUID.randomUUID(),
				ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false, ConsumerConfig.ISOLATION_LEVEL_CONFIG,
				"read_committed", ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
		long count = 0;
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
				new StringDeserializer())) {
			List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30))
				.stream()
				.map((info) -> new TopicPartition(topic, info.partition()))
				.toList();
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
			while (partitions.stream().anyMatch((partition) -> consumer.position(partition) < ends.get(partition))) {
				for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
					if (record.offset() < ends.get(new TopicPartition(record.topic(), record.partition()))) {
						each.accept(record);
						count++;
					}
				}
			}
		}
		return count;
	}

	static String header(ConsumerRecord<String, String> record, String name) {
		Header header = record.headers().lastHeader(name);
		return (header != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
	}

	/**
	 * How far each consumer group is behind: records not yet committed, summed over its
	 * partitions.
	 */
	static Map<String, Long> lag(Admin admin) {
		Map<String, Long> lag = new HashMap<>();
		for (Map.Entry<String, List<String>> group : GROUPS.entrySet()) {
			lag.put(group.getKey(),
					lagByPartition(admin, group.getKey(), group.getValue()).values()
						.stream()
						.mapToLong(Long::longValue)
						.sum());
		}
		return lag;
	}

	static Map<TopicPartition, Long> lagByPartition(Admin admin, String group, Collection<String> topics) {
		try {
			Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
				.partitionsToOffsetAndMetadata()
				.get(30, TimeUnit.SECONDS);
			Set<TopicPartition> partitions = partitions(admin, topics);
			Map<TopicPartition, ListOffsetsResultInfo> ends = admin
				.listOffsets(partitions.stream()
					.collect(Collectors.toMap((partition) -> partition, (partition) -> OffsetSpec.latest())))
				.all()
				.get(30, TimeUnit.SECONDS);
			Map<TopicPartition, Long> lag = new HashMap<>();
			for (TopicPartition partition : partitions) {
				OffsetAndMetadata offset = committed.get(partition);
				lag.put(partition, ends.get(partition).offset() - ((offset != null) ? offset.offset() : 0));
			}
			return lag;
		}
		catch (Exception ex) {
			throw new IllegalStateException("Cannot read the lag of " + group, ex);
		}
	}

	static Set<TopicPartition> partitions(Admin admin, Collection<String> topics) {
		try {
			return admin.describeTopics(topics)
				.allTopicNames()
				.get(30, TimeUnit.SECONDS)
				.values()
				.stream()
				.flatMap((description) -> description.partitions()
					.stream()
					.map((partition) -> new TopicPartition(description.name(), partition.partition())))
				.collect(Collectors.toSet());
		}
		catch (Exception ex) {
			throw new IllegalStateException("Cannot describe " + topics, ex);
		}
	}

	/**
	 * Rewinds the services' consumer groups to offset 0; the groups must have no member.
	 */
	static void rewindToStart(Admin admin) {
		// A member that left is gone from the group only once the coordinator has
		// completed the rebalance its leaving started.
		await().atMost(Duration.ofMinutes(1))
			.until(() -> admin.describeConsumerGroups(GROUPS.keySet())
				.all()
				.get()
				.values()
				.stream()
				.allMatch((group) -> group.members().isEmpty()));
		for (Map.Entry<String, List<String>> group : GROUPS.entrySet()) {
			Map<TopicPartition, OffsetAndMetadata> start = partitions(admin, group.getValue()).stream()
				.collect(Collectors.toMap((partition) -> partition, (partition) -> new OffsetAndMetadata(0)));
			try {
				admin.alterConsumerGroupOffsets(group.getKey(), start).all().get(30, TimeUnit.SECONDS);
			}
			catch (Exception ex) {
				throw new IllegalStateException("Cannot rewind " + group.getKey(), ex);
			}
		}
	}

}
