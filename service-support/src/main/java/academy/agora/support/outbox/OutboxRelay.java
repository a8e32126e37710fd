package academy.agora.support.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;

import academy.agora.events.CloudEventHeaders;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Publishes pending outbox entries and removes each one only after the broker
 * acknowledged it (the producer runs with {@code acks=all} and idempotence). A crash
 * between the send and the removal publishes the entry again after restart: delivery is
 * at least once, and the {@code ce_id} lets consumers drop the repeat. Entries of one
 * document are sent in order.
 */
public class OutboxRelay implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(OutboxRelay.class);

	private final ReactiveMongoTemplate mongo;

	private final KafkaTemplate<String, String> kafka;

	private final OutboxProperties properties;

	private final String source;

	private volatile Disposable polling;

	public OutboxRelay(ReactiveMongoTemplate mongo, KafkaTemplate<String, String> kafka, OutboxProperties properties,
			String source) {
		this.mongo = mongo;
		this.kafka = kafka;
		this.properties = properties;
		this.source = source;
	}

	@Override
	public void start() {
		this.polling = Flux.interval(Duration.ZERO, this.properties.pollInterval(), Schedulers.boundedElastic())
			.onBackpressureDrop()
			.concatMap((tick) -> relayPending().onErrorResume((ex) -> {
				logger.warn("Outbox relay pass failed, retrying on the next tick: {}", ex.toString());
				return Mono.just(0L);
			}), 0)
			.subscribe();
	}

	@Override
	public void stop() {
		Disposable current = this.polling;
		if (current != null) {
			current.dispose();
		}
	}

	@Override
	public boolean isRunning() {
		Disposable current = this.polling;
		return current != null && !current.isDisposed();
	}

	/**
	 * Publishes what is pending now.
	 * @return how many entries were published
	 */
	public Mono<Long> relayPending() {
		return Flux.fromIterable(this.properties.collections())
			.concatMap(this::pendingDocuments)
			.flatMap((pending) -> Flux.fromIterable(pending.entries())
				.concatMap((entry) -> publish(entry).then(remove(pending, entry)).thenReturn(entry)), 8)
			.count();
	}

	private Flux<Pending> pendingDocuments(String collection) {
		Query query = new Query(Criteria.where(OutboxEntry.FIELD + ".0").exists(true))
			.limit(this.properties.batchSize());
		query.fields().include(OutboxEntry.FIELD);
		return this.mongo.find(query, Document.class, collection)
			.map((document) -> new Pending(collection, document.get("_id"),
					document.getList(OutboxEntry.FIELD, Document.class)
						.stream()
						.map(OutboxEntry::fromDocument)
						.toList()));
	}

	private Mono<Void> publish(OutboxEntry entry) {
		ProducerRecord<String, String> record = new ProducerRecord<>(entry.topic(), entry.key(), entry.payload());
		Headers headers = record.headers();
		header(headers, CloudEventHeaders.ID, entry.eventId());
		header(headers, CloudEventHeaders.TYPE, entry.type());
		header(headers, CloudEventHeaders.SOURCE, this.source);
		header(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
		header(headers, CloudEventHeaders.TIME, DateTimeFormatter.ISO_INSTANT.format(entry.occurredAt()));
		header(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
		if (entry.traceparent() != null) {
			header(headers, CloudEventHeaders.TRACEPARENT, entry.traceparent());
		}
		return Mono.fromFuture(() -> this.kafka.send(record)).then();
	}

	private Mono<Void> remove(Pending pending, OutboxEntry entry) {
		Update pull = new Update().pull(OutboxEntry.FIELD, new Document("eventId", entry.eventId()));
		return this.mongo.updateFirst(new Query(Criteria.where("_id").is(pending.id())), pull, pending.collection())
			.then();
	}

	private static void header(Headers headers, String name, String value) {
		headers.add(name, value.getBytes(StandardCharsets.UTF_8));
	}

	private record Pending(String collection, Object id, List<OutboxEntry> entries) {
	}

}
