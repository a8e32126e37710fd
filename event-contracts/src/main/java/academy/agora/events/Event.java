package academy.agora.events;

/**
 * An event one service publishes for the others. Implementations are immutable records of
 * JDK types only.
 */
public interface Event {

	/**
	 * The Kafka record key: every event of one key lands on one partition, so consumers
	 * see them in the order they were published.
	 * @return the partition key
	 */
	String key();

}
