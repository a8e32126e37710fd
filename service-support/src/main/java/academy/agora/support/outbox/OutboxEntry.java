package academy.agora.support.outbox;

import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import academy.agora.events.Event;
import academy.agora.events.EventCodec;
import academy.agora.events.EventType;
import org.bson.Document;

/**
 * An event waiting in its aggregate's {@code outbox} array until the broker has
 * acknowledged it. The entry id becomes the CloudEvents {@code ce_id}, so consumers can
 * tell a redelivery from a new event.
 *
 * @param eventId the CloudEvents id
 * @param type the CloudEvents type name
 * @param topic the topic to publish on
 * @param key the record key
 * @param payload the JSON payload
 * @param occurredAt when the state change happened
 * @param traceparent W3C trace context of the request that caused it, if any
 */
public record OutboxEntry(String eventId, String type, String topic, String key, String payload, Instant occurredAt,
		String traceparent) {

	/** Name of the array field that holds pending entries in every aggregate document. */
	public static final String FIELD = "outbox";

	static OutboxEntry of(Event event, Instant occurredAt, String traceparent) {
		EventType type = EventType.of(event);
		return new OutboxEntry(UUID.randomUUID().toString(), type.typeName(), type.topic(), event.key(),
				EventCodec.encode(event), occurredAt, traceparent);
	}

	public Document toDocument() {
		Document document = new Document("eventId", this.eventId).append("type", this.type)
			.append("topic", this.topic)
			.append("key", this.key)
			.append("payload", this.payload)
			.append("occurredAt", Date.from(this.occurredAt));
		if (this.traceparent != null) {
			document.append("traceparent", this.traceparent);
		}
		return document;
	}

	static OutboxEntry fromDocument(Document document) {
		return new OutboxEntry(document.getString("eventId"), document.getString("type"), document.getString("topic"),
				document.getString("key"), document.getString("payload"), document.getDate("occurredAt").toInstant(),
				document.getString("traceparent"));
	}

}
