package academy.agora.support.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

import academy.agora.events.CloudEventHeaders;
import academy.agora.events.Event;
import academy.agora.events.EventCodec;
import academy.agora.events.EventCodec.MalformedEventException;
import academy.agora.events.EventType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import reactor.core.publisher.Mono;

import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Reads CloudEvents records. A topic carries several types; a type this service does not
 * know (another service's, or a newer major version) is skipped, not failed, so producers
 * can evolve first.
 */
public final class IncomingEvents {

	private IncomingEvents() {
	}

	/**
	 * Decodes a record.
	 * @param record the record as received
	 * @return the event, or empty if its type is unknown here
	 * @throws MalformedEventException if it has no type header or does not match its
	 * contract
	 */
	public static Optional<Event> decode(ConsumerRecord<String, String> record) {
		String typeName = header(record, CloudEventHeaders.TYPE);
		if (typeName == null || record.value() == null) {
			throw new MalformedEventException("Record at " + record.topic() + "-" + record.partition() + "@"
					+ record.offset() + " is not a CloudEvent: no " + CloudEventHeaders.TYPE + " header or no value",
					null);
		}
		return EventType.fromTypeName(typeName).map((type) -> EventCodec.decode(type, record.value()));
	}

	/**
	 * The CloudEvents id, which consumers use to recognise a redelivered event.
	 * @param record the record as received
	 * @return the {@code ce_id} header
	 */
	public static String eventId(ConsumerRecord<String, String> record) {
		String id = header(record, CloudEventHeaders.ID);
		if (id == null) {
			throw new MalformedEventException("Record has no " + CloudEventHeaders.ID + " header", null);
		}
		return id;
	}

	/**
	 * Waits for a listener's write. Listeners block on purpose: they run on the
	 * container's consumer thread, not on an event loop, and only returning after the
	 * write has finished (or thrown) keeps a partition's records in order, commits the
	 * offset of stored records only, and lets the error handler retry and dead-letter. A
	 * write that takes too long is reported as the database failure it is, so the error
	 * handler retries it like the driver's own connection errors instead of treating the
	 * record as bad.
	 * @param <T> the result type
	 * @param write the write
	 * @param timeout how long a healthy write may take at most
	 * @param what what is written, for the message
	 * @return the write's result
	 */
	public static <T> T await(Mono<T> write, Duration timeout, String what) {
		return write.timeout(timeout)
			.onErrorMap(TimeoutException.class,
					(ex) -> new DataAccessResourceFailureException(
							"MongoDB did not store " + what + " within " + timeout.toMillis() + " ms", ex))
			.block();
	}

	private static String header(ConsumerRecord<String, String> record, String name) {
		Header header = record.headers().lastHeader(name);
		return (header != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
	}

}
