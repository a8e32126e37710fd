package academy.agora.certificate.credential.domain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Bitstring Status Lists (W3C Recommendation, v1.0): where each certificate's revocation
 * and suspension bits are, and the signed lists verifiers fetch.
 * <p>
 * <b>Allocation.</b> Each purpose has one counter; each number taken from it is a
 * position: list {@code number / SIZE + 1}, then position {@code number % SIZE} in it. A
 * full list thus moves on to the next without coordination, and taking a number is one
 * atomic single-document update, so no two certificates share a position however many
 * replicas issue at once. The position is scattered before it becomes the index, because
 * the specification asks that indexes be assigned randomly so that they reveal neither
 * when a credential was issued nor how many were: index =
 * {@code (position × m + c) mod SIZE}, with {@code m} odd and therefore coprime with the
 * power-of-two {@code SIZE}, which makes it a permutation of each list (unique indexes,
 * none wasted). {@code m} and {@code c} come from a random seed the counter keeps from
 * its first use, so they differ between deployments and are not published. It is
 * scattering, not cryptography: whoever learns the positions of a few known credentials
 * could solve for {@code m} and {@code c}.
 * <p>
 * <b>Bits.</b> A list is built from the {@link StatusSource} on every request and signed
 * like a certificate's credential, as the specification recommends (the same securing
 * mechanism and media type for both). Nothing is cached inside the service; the list says
 * how long to cache it instead ({@code ttl}, matched by the HTTP {@code Cache-Control} of
 * its endpoint), so a change of status reaches verifiers within {@link #TTL}.
 */
public class StatusLists {

	/**
	 * Entries per list: the specification's minimum, for herd privacy. 16 KiB of bits.
	 */
	public static final int SIZE = 131_072;

	/** How long verifiers may cache a list. */
	public static final Duration TTL = Duration.ofSeconds(60);

	private static final Pattern LIST_ID = Pattern.compile("([a-z]+)-([1-9][0-9]{0,9})");

	private final StatusIndexCounters counters;

	private final StatusSource source;

	private final CredentialSigner signer;

	private final CredentialLinks links;

	private final Clock clock;

	private final RandomGenerator random;

	/**
	 * Creates the status lists.
	 * @param counters the per-purpose counters
	 * @param source which bits are set
	 * @param signer signs the lists
	 * @param links the lists' URLs and the issuer's id
	 * @param clock when a list is published
	 * @param random the seed of a counter's first use; a {@code SecureRandom} outside
	 * tests
	 */
	public StatusLists(StatusIndexCounters counters, StatusSource source, CredentialSigner signer,
			CredentialLinks links, Clock clock, RandomGenerator random) {
		this.counters = counters;
		this.source = source;
		this.signer = signer;
		this.links = links;
		this.clock = clock;
		this.random = random;
	}

	/**
	 * A new, unique position for a certificate in a list of the purpose. The certificate
	 * store keeps it with the certificate.
	 * @param purpose what the list tells
	 * @return the entry
	 */
	public Mono<StatusEntry> allocate(StatusPurpose purpose) {
		return Mono.defer(() -> this.counters.take(purpose, this.random.nextLong()))
			.map((taken) -> entry(purpose, taken));
	}

	/**
	 * A status list as its signed {@code BitstringStatusListCredential}.
	 * @param listId the list
	 * @return the VC-JWT, or a {@link StatusListNotFoundException}
	 */
	public Mono<String> credential(String listId) {
		return build(listId).flatMap(this.signer::sign);
	}

	/**
	 * A status list as its {@code BitstringStatusListCredential}, unsigned.
	 * @param listId the list
	 * @return the credential, or a {@link StatusListNotFoundException}
	 */
	public Mono<Map<String, Object>> build(String listId) {
		Optional<ListId> id = ListId.parse(listId);
		if (id.isEmpty()) {
			return Mono.error(new StatusListNotFoundException(listId));
		}
		StatusPurpose purpose = id.get().purpose();
		return this.counters.taken(purpose)
			.filter((taken) -> taken > (id.get().number() - 1) * SIZE)
			.switchIfEmpty(Mono.error(() -> new StatusListNotFoundException(listId)))
			.thenMany(Flux.defer(() -> this.source.setIndexes(purpose, listId)))
			.reduceWith(() -> new byte[SIZE / 8], (bits, index) -> set(bits, index, listId))
			.map((bits) -> credential(listId, purpose, bits));
	}

	static StatusEntry entry(StatusPurpose purpose, StatusIndexCounters.Taken taken) {
		long number = taken.sequence() / SIZE + 1;
		int position = (int) (taken.sequence() % SIZE);
		return new StatusEntry(purpose, purpose.value() + "-" + number, scatter(position, taken.seed()));
	}

	static int scatter(int position, long seed) {
		long mask = SIZE - 1;
		long multiplier = ((seed >>> 32) | 1) & mask;
		long offset = seed & mask;
		return (int) ((position * multiplier + offset) & mask);
	}

	/**
	 * Sets a bit. The first index is the left-most bit of the first byte, as the
	 * specification requires.
	 */
	private static byte[] set(byte[] bits, int index, String listId) {
		if (index < 0 || index >= SIZE) {
			throw new IllegalStateException("Index " + index + " is outside status list " + listId);
		}
		bits[index >>> 3] |= (byte) (0x80 >>> (index & 7));
		return bits;
	}

	private Map<String, Object> credential(String listId, StatusPurpose purpose, byte[] bits) {
		String url = this.links.statusList(listId);
		Map<String, Object> list = new LinkedHashMap<>();
		list.put("id", url + "#list");
		list.put("type", "BitstringStatusList");
		list.put("statusPurpose", purpose.value());
		list.put("encodedList", encode(bits));
		list.put("ttl", TTL.toMillis());
		Map<String, Object> credential = new LinkedHashMap<>();
		credential.put("@context", List.of("https://www.w3.org/ns/credentials/v2"));
		credential.put("id", url);
		credential.put("type", List.of("VerifiableCredential", "BitstringStatusListCredential"));
		credential.put("issuer", this.links.issuer());
		credential.put("validFrom",
				AchievementCredentials.dateTime(this.clock.instant().truncatedTo(ChronoUnit.SECONDS)));
		credential.put("credentialSubject", list);
		return credential;
	}

	/**
	 * The {@code encodedList}: the GZIP-compressed bitstring, multibase-encoded as
	 * base64url without padding (prefix {@code u}).
	 */
	static String encode(byte[] bits) {
		ByteArrayOutputStream compressed = new ByteArrayOutputStream();
		try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
			gzip.write(bits);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(compressed.toByteArray());
	}

	/**
	 * A list's id: its purpose and its number, from 1, such as {@code revocation-1}.
	 */
	private record ListId(StatusPurpose purpose, long number) {

		static Optional<ListId> parse(String listId) {
			Matcher matcher = LIST_ID.matcher((listId != null) ? listId : "");
			if (!matcher.matches()) {
				return Optional.empty();
			}
			return StatusPurpose.of(matcher.group(1))
				.map((purpose) -> new ListId(purpose, Long.parseLong(matcher.group(2))));
		}

	}

}
