package academy.agora.certificate.credential.domain;

import reactor.core.publisher.Mono;

/**
 * One counter per status purpose, counting the positions handed out so far. Taking a
 * number must be a single atomic step, so that concurrent certificates, on any replica,
 * never get the same position.
 */
public interface StatusIndexCounters {

	/**
	 * Takes the next number of a purpose's counter, atomically.
	 * @param purpose the counter
	 * @param proposedSeed the seed to keep if this is the counter's first number; later
	 * calls get the seed kept then
	 * @return the number taken, from 0, and the counter's seed
	 */
	Mono<Taken> take(StatusPurpose purpose, long proposedSeed);

	/**
	 * How many numbers of a purpose were taken so far.
	 * @param purpose the counter
	 * @return the count, 0 if none
	 */
	Mono<Long> taken(StatusPurpose purpose);

	/**
	 * A number taken from a counter.
	 *
	 * @param sequence the number, from 0
	 * @param seed the counter's seed, which scatters positions within a list
	 */
	record Taken(long sequence, long seed) {
	}

}
