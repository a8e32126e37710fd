package academy.agora.events;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON wire format of events. Unknown properties are ignored so that a producer may
 * add optional fields before every consumer knows them; a missing required field fails
 * the record's constructor and so the decode.
 */
public final class EventCodec {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.build();

	private EventCodec() {
	}

	public static String encode(Event event) {
		return MAPPER.writeValueAsString(event);
	}

	/**
	 * Decodes a payload of a known type.
	 * @param type the event type named by the {@code ce_type} header
	 * @param json the record value
	 * @return the event
	 * @throws MalformedEventException if the payload does not match the type's contract
	 */
	public static Event decode(EventType type, String json) {
		try {
			return MAPPER.readValue(json, type.recordType());
		}
		catch (JacksonException | IllegalArgumentException ex) {
			throw new MalformedEventException(type.typeName() + " payload does not match its contract", ex);
		}
	}

	/**
	 * A payload that can never be processed, however often it is retried.
	 */
	public static class MalformedEventException extends RuntimeException {

		public MalformedEventException(String message, Throwable cause) {
			super(message, cause);
		}

	}

}
