package academy.agora.support.outbox;

import java.time.Clock;
import java.util.List;

import academy.agora.events.Event;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import org.bson.Document;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Turns the events an aggregate caused into outbox entries that are written in the same
 * document update as the state change. That single write is what makes "state changed but
 * event lost" impossible without a multi-document transaction.
 */
public class Outbox {

	private final Clock clock;

	private final ObjectProvider<Tracer> tracer;

	public Outbox(Clock clock, ObjectProvider<Tracer> tracer) {
		this.clock = clock;
		this.tracer = tracer;
	}

	public List<OutboxEntry> entries(List<? extends Event> events) {
		String traceparent = currentTraceparent();
		return events.stream().map((event) -> OutboxEntry.of(event, this.clock.instant(), traceparent)).toList();
	}

	/**
	 * Adds the events to an update of the aggregate's document.
	 * @param update the update that also changes the aggregate's state
	 * @param events the events the change caused
	 * @return the same update
	 */
	public Update push(Update update, List<? extends Event> events) {
		if (!events.isEmpty()) {
			update.push(OutboxEntry.FIELD).each(entries(events).stream().map(OutboxEntry::toDocument).toArray());
		}
		return update;
	}

	/**
	 * The outbox field of a new aggregate document, for inserts.
	 * @param events the events its creation caused
	 * @return the documents to store under {@link OutboxEntry#FIELD}
	 */
	public List<Document> documents(List<? extends Event> events) {
		return entries(events).stream().map(OutboxEntry::toDocument).toList();
	}

	private String currentTraceparent() {
		Tracer current = this.tracer.getIfAvailable();
		Span span = (current != null) ? current.currentSpan() : null;
		if (span == null || span.isNoop() || span.context().traceId().isEmpty()) {
			return null;
		}
		return "00-" + span.context().traceId() + "-" + span.context().spanId() + "-"
				+ (Boolean.TRUE.equals(span.context().sampled()) ? "01" : "00");
	}

}
